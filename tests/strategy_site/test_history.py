"""Revisions, comparison and rollback of translated fields; the audit log."""

import pytest
from django.test import Client
from django.utils import translation
from wagtail.models import PageLogEntry

from objectives.models import ObjectivePage
from tests.admin_forms import edit_post_data
from tests.pages import visible_text

pytestmark = pytest.mark.django_db


def publish(client, user, page, **changes):
    data = edit_post_data(page, user, **changes, **{"action-publish": "publish"})
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return ObjectivePage.objects.get(pk=page.pk)


def french_text(client, page):
    with translation.override("fr"):
        return visible_text(client.get(page.get_url()))


def test_rolling_back_restores_the_french_text(admin_client, client, superuser):
    page = publish(admin_client, superuser, ObjectivePage.objects.first(), summary_fr="Version un")
    first_revision = page.latest_revision
    page = publish(admin_client, superuser, page, summary_fr="Version deux")
    assert "Version deux" in french_text(client, page)

    # The revert view is the edit form filled with the old revision.
    revert_url = f"/admin/pages/{page.pk}/revisions/{first_revision.pk}/revert/"
    form = admin_client.get(revert_url).context["form"]
    assert form.initial["summary_fr"] == "Version un"
    publish(admin_client, superuser, first_revision.as_object())

    assert "Version un" in french_text(client, page)
    assert "Version deux" not in french_text(client, page)


def test_comparing_revisions_shows_the_french_change(admin_client, superuser):
    page = publish(admin_client, superuser, ObjectivePage.objects.first(), summary_fr="Avant")
    before = page.latest_revision
    page = publish(admin_client, superuser, page, summary_fr="Après")
    after = page.latest_revision

    response = admin_client.get(
        f"/admin/pages/{page.pk}/revisions/compare/{before.pk}...{after.pk}/"
    )

    document = response.content.decode()
    assert response.status_code == 200
    assert "Avant" in document and "Après" in document
    changed = [comparison.field_label() for comparison in response.context["comparison"]]
    assert any("[fr]" in label for label in changed), changed


def test_the_audit_log_says_who_published_what(admin_client, superuser, django_user_model):
    page = publish(admin_client, superuser, ObjectivePage.objects.first(), summary_fr="Modifié")

    entry = PageLogEntry.objects.filter(page=page, action="wagtail.publish").latest("timestamp")
    assert entry.user == superuser

    # Read by another administrator, so the publisher's name can only come from the log
    # (the admin shows the signed-in user's own name on every page).
    auditor = Client()
    auditor.force_login(
        django_user_model.objects.create_superuser("auditor", "audit@example.org", "a-long-pw-1")
    )
    history = auditor.get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "editor-in-chief" in history
    site_history = auditor.get("/admin/reports/site-history/").content.decode()
    assert "editor-in-chief" in site_history
    assert page.title_nl in site_history
