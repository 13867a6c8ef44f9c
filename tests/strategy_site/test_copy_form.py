"""Copying a page gives the copy a free slug in every language, and the copy publishes."""

import pytest
from django.utils import translation

from objectives.models import ObjectivePage
from tests.admin_forms import edit_post_data
from tests.pages import SEEDED_URLS

pytestmark = pytest.mark.django_db

LANGUAGES = ("nl", "fr", "en")


def copy_form_data(client, page, **changes):
    """The copy form's fields as the editor receives them, with any changes."""
    form = client.get(f"/admin/pages/{page.pk}/copy/").context["form"]
    data = {
        name: field.initial
        for name, field in form.fields.items()
        if name.startswith(("new_title", "new_slug"))
    }
    data["new_parent_page"] = page.get_parent().pk
    data.update(changes)
    return data


def copy_of(page):
    return ObjectivePage.objects.exclude(pk=page.pk).get(slug_nl=f"{page.slug_nl}-2")


def test_the_copy_form_offers_a_free_slug_in_every_language(admin_client):
    page = ObjectivePage.objects.order_by("number").first()

    data = copy_form_data(admin_client, page)

    for code in LANGUAGES:
        assert data[f"new_slug_{code}"] == f"{getattr(page, f'slug_{code}')}-2"


def test_a_copy_published_with_the_offered_slugs_is_live_in_every_language(admin_client, client):
    page = ObjectivePage.objects.order_by("number").first()
    data = copy_form_data(admin_client, page, publish_copies="on")

    response = admin_client.post(f"/admin/pages/{page.pk}/copy/", data)

    assert response.status_code == 302
    copy = copy_of(page)
    assert copy.live
    for code in LANGUAGES:
        with translation.override(code):
            assert client.get(copy.get_url()).status_code == 200
        assert client.get(SEEDED_URLS["objective-1"][code]).status_code == 200


def test_an_unpublished_copy_publishes_from_the_editor(admin_client, client, superuser):
    page = ObjectivePage.objects.order_by("number").first()
    admin_client.post(f"/admin/pages/{page.pk}/copy/", copy_form_data(admin_client, page))
    copy = copy_of(page)
    assert not copy.live

    data = edit_post_data(copy, superuser, **{"action-publish": "publish"})
    response = admin_client.post(f"/admin/pages/{copy.pk}/edit/", data)

    assert response.status_code == 302
    copy.refresh_from_db()
    assert copy.live
    with translation.override("fr"):
        assert client.get(copy.get_url()).status_code == 200


def test_a_slug_already_used_in_french_is_refused_with_the_field_named(admin_client):
    page = ObjectivePage.objects.order_by("number").first()
    data = copy_form_data(admin_client, page, new_slug_fr=page.slug_fr)

    response = admin_client.post(f"/admin/pages/{page.pk}/copy/", data)

    assert response.status_code == 200
    assert "new_slug_fr" in response.context["form"].errors
    assert ObjectivePage.objects.count() == 4
