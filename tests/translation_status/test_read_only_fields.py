"""A translator's edit form: their languages editable, the other languages read-only."""

import json
import re

import pytest
from wagtail.users.models import UserProfile

from objectives.models import ObjectivePage, StrategyPage
from tests.admin_forms import edit_form, edit_post_data
from tests.translators import make_translator

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_translator(django_user_model):
    user = make_translator(django_user_model, "fr")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def tag_of(document, element_id):
    return re.search(rf'<[^>]*id="{element_id}"[^>]*>', document).group(0)


def test_other_languages_plain_fields_are_read_only(client, french_translator):
    page = ObjectivePage.objects.order_by("path").first()
    client.force_login(french_translator)

    document = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert "readonly" in tag_of(document, "id_title_en")
    assert "readonly" in tag_of(document, "id_summary_nl")
    assert "readonly" not in tag_of(document, "id_title_fr")
    assert "readonly" not in tag_of(document, "id_summary_fr")
    assert "Read only: this is not one of your translation languages." in document
    assert 'data-translator-languages="fr"' in tag_of(document, "id_title_en")
    assert "translation_status/js/translator_languages_first" in document


def test_other_languages_rich_text_and_blocks_are_shown_as_text(client, french_translator):
    home = StrategyPage.objects.get()
    objective = ObjectivePage.objects.order_by("path").first()
    client.force_login(french_translator)

    home_form = client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    objective_form = client.get(f"/admin/pages/{objective.pk}/edit/").content.decode()

    read_only_intro = re.search(
        r'<div class="translation-read-only" lang="nl"[^>]* id="id_intro_nl">(.*?)</div>',
        home_form,
        re.S,
    )
    assert read_only_intro and "<p>" in read_only_intro.group(1)
    assert 'class="translation-read-only" lang="fr"' not in home_form
    assert (
        '<div class="translation-read-only" lang="en" data-translator-languages="fr" '
        'id="id_body_en">' in objective_form
    )


def test_an_unchanged_read_only_form_saves_the_french_change(client, french_translator):
    page = ObjectivePage.objects.order_by("path").first()
    client.force_login(french_translator)

    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_post_data(page, french_translator, summary_fr="Un résumé revu."),
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().summary_fr == "Un résumé revu."


def test_a_forged_change_to_read_only_blocks_is_still_refused(client, french_translator):
    page = ObjectivePage.objects.order_by("path").first()
    revision_before = page.latest_revision_id
    form = edit_form(page, french_translator)
    forged = json.loads(form.fields["body_en"].widget.format_value(page.body_en))
    forged.append({"type": "paragraph", "value": "<p>Injected</p>", "id": "forged"})
    data = {
        key: value
        for key, value in edit_post_data(page, french_translator).items()
        if not key.startswith("body_en-")
    }
    data["body_en"] = json.dumps(forged)
    client.force_login(french_translator)

    response = client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 200
    assert "This change to the text in English was refused" in response.content.decode()
    page.refresh_from_db()
    assert page.latest_revision_id == revision_before


def test_editors_keep_every_editor(admin_client):
    page = ObjectivePage.objects.order_by("path").first()

    document = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert "readonly" not in tag_of(document, "id_title_en")
    assert "translation-read-only" not in document
