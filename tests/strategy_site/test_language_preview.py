"""Preview in NL, FR and EN whatever the editor's admin language."""

import pytest
from wagtail.models import Page

from objectives.models import ObjectivePage
from tests.admin_forms import edit_post_data
from tests.pages import visible_text

pytestmark = pytest.mark.django_db


def test_every_page_type_offers_a_preview_in_each_language():
    for page in Page.objects.filter(depth__gt=1).specific():
        assert [code for code, _name in page.preview_modes] == ["nl", "fr", "en"], page


@pytest.mark.parametrize("admin_language", ["nl", "en"])
def test_an_editor_previews_unsaved_french_text_in_french(admin_client, superuser, admin_language):
    page = ObjectivePage.objects.order_by("number").first()
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    data = edit_post_data(page, superuser, title_fr="Aperçu du titre", title_en="Preview title")

    posted = admin_client.post(preview_url, data, HTTP_ACCEPT_LANGUAGE=admin_language)
    assert posted.json()["is_valid"]

    french = admin_client.get(f"{preview_url}?mode=fr", HTTP_ACCEPT_LANGUAGE=admin_language)
    document = french.content.decode()
    assert '<html lang="fr">' in document
    assert "Aperçu du titre" in visible_text(french)
    assert "Aller au contenu principal" in document  # interface strings in French too

    english = admin_client.get(f"{preview_url}?mode=en", HTTP_ACCEPT_LANGUAGE=admin_language)
    assert '<html lang="en">' in english.content.decode()
    assert "Preview title" in visible_text(english)


def test_the_edit_form_lists_the_three_language_previews(admin_client):
    page = ObjectivePage.objects.first()

    document = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    for name in ("Nederlands", "Français", "English"):
        assert name in document


def test_the_default_preview_follows_the_admin_language():
    from django.utils import translation

    page = ObjectivePage.objects.first()
    with translation.override("fr"):
        assert page.default_preview_mode == "fr"
    with translation.override("de"):
        assert page.default_preview_mode == "nl"
