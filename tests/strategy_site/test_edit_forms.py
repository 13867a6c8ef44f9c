"""Edit forms: per-language fields easy to tell apart, and bad input handled kindly."""

import re

import pytest

from objectives.models import ObjectivePage
from tests.admin_forms import edit_post_data

pytestmark = pytest.mark.django_db


def field_block(document, field_name):
    """The HTML of one form field's wrapper, from its label to the next field's label."""
    start = document.index(f'for="id_{field_name}"')
    following = re.compile(r'<label[^>]+for="id_').search(document, start + 1)
    return document[start : following.start() if following else len(document)]


def test_an_invalid_publish_keeps_what_was_typed_and_shows_errors_in_the_editor_language(
    admin_client, superuser
):
    page = ObjectivePage.objects.order_by("number").first()
    data = edit_post_data(
        page,
        superuser,
        title_fr="Mon titre tapé",
        summary_fr="Un résumé tapé à la main",
        summary_nl="",
        number="un",
        **{"action-publish": "publish"},
    )

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data, HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 200
    document = response.content.decode()
    assert 'value="Mon titre tapé"' in document
    assert "Un résumé tapé à la main</textarea>" in document
    assert "Champ requis." in field_block(document, "summary_nl")
    assert "Saisissez un nombre entier." in field_block(document, "number")
    page.refresh_from_db()
    assert page.title_fr != "Mon titre tapé"


def test_the_edit_form_labels_each_language_version_of_a_field(admin_client):
    page = ObjectivePage.objects.first()

    document = admin_client.get(
        f"/admin/pages/{page.pk}/edit/", HTTP_ACCEPT_LANGUAGE="fr"
    ).content.decode()

    for code in ("nl", "fr", "en"):
        assert f'name="summary_{code}"' in document
        assert f"[{code}]" in document
    # Labels and panel headings follow the editor's admin language. Headings only: the
    # French search description also contains the word "Objectif".
    headings = re.findall(r"<span data-panel-heading-text>([^<]*)</span>", document)
    assert "Objectif" in headings, headings
    labels = dict(re.findall(r'<label[^>]*\bfor="id_(\w+)"[^>]*>\s*([^<]*?)\s*<', document))
    assert labels["summary_fr"].lower().startswith("résumé"), labels


def test_the_language_toggle_remembers_the_chosen_languages(admin_client):
    page = ObjectivePage.objects.first()

    document = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert "language_toggles.js" in document
    assert "locale_picker_restore: true" in document


def test_every_field_an_editor_fills_in_says_what_it_is_for():
    """Help texts on the content fields of every page type with a body."""
    from cells.models import CellPage, ProjectPage
    from objectives.models import ContentPage

    # Named one by one: a renamed field fails here (FieldDoesNotExist) instead of being skipped.
    content_fields = {
        ObjectivePage: ("summary", "body"),
        CellPage: ("intro", "body"),
        ProjectPage: ("intro", "body"),
        ContentPage: ("intro", "body"),
    }
    for model, names in content_fields.items():
        for name in names:
            field = model._meta.get_field(name)
            assert str(field.help_text), f"{model.__name__}.{name} has no help text"
