"""Go-live and expiry dates, applied by `publish_scheduled` (run every minute by the
docker-compose `scheduler` service)."""

import io
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from objectives.models import ObjectivePage
from tests.admin_forms import edit_post_data
from tests.pages import visible_text

pytestmark = pytest.mark.django_db


def admin_datetime(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def publish_scheduled_at(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled", stdout=io.StringIO())


def french_text(client, page):
    with translation.override("fr"):
        return visible_text(client.get(page.get_url()))


def test_a_change_with_a_go_live_date_waits_for_it(admin_client, client, superuser):
    page = ObjectivePage.objects.order_by("number").first()
    go_live = timezone.now() + timedelta(hours=1)
    data = edit_post_data(
        page,
        superuser,
        title_fr="Titre programmé",
        go_live_at=admin_datetime(go_live),
        **{"action-publish": "publish"},
    )

    assert admin_client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302

    assert "Titre programmé" not in french_text(client, page)
    publish_scheduled_at(go_live - timedelta(minutes=5))
    assert "Titre programmé" not in french_text(client, page)
    publish_scheduled_at(go_live + timedelta(minutes=1))
    assert "Titre programmé" in french_text(client, page)


def test_a_page_with_an_expiry_date_leaves_the_site_then(admin_client, client, superuser):
    page = ObjectivePage.objects.order_by("number").first()
    expiry = timezone.now() + timedelta(hours=1)
    data = edit_post_data(
        page, superuser, expire_at=admin_datetime(expiry), **{"action-publish": "publish"}
    )
    assert admin_client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    with translation.override("fr"):
        url = page.get_url()

    publish_scheduled_at(expiry - timedelta(minutes=5))
    assert client.get(url).status_code == 200
    publish_scheduled_at(expiry + timedelta(minutes=1))
    assert client.get(url).status_code == 404
    page.refresh_from_db()
    assert page.expired

