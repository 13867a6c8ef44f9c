import pytest

from strategy_site.translation_status.models import MemoryEntry
from strategy_site.translation_status.translation_memory import exact_match, lookup, remember
from tests.translators import add_untranslated_project

pytestmark = pytest.mark.django_db

STATUS_URL = "/admin/translation-status/"


def test_an_exact_match_ignores_markup_case_and_spaces():
    remember("<p>De Cel  coördineert de netwerken.</p>", "<p>La Cellule coordonne.</p>", "fr")

    [match] = lookup("de cel coördineert de netwerken.", "fr")

    assert match.is_exact and match.score == 100
    assert match.target == "<p>La Cellule coordonne.</p>"


def test_a_close_source_is_a_fuzzy_match_with_its_score_and_a_far_one_is_not():
    remember("De Cel coördineert de Europese netwerken van het Gewest.", "La Cellule…", "fr")
    remember("Iets heel anders over mobiliteit.", "Tout autre chose.", "fr")

    matches = lookup("De Cel coördineert de internationale netwerken van het Gewest.", "fr")

    assert [m.target for m in matches] == ["La Cellule…"]
    assert 75 <= matches[0].score < 100


def test_matches_are_per_language_and_kind():
    remember("Proefzin over mosselen met frieten", "Phrase test sur les moules-frites", "fr")

    assert lookup("Proefzin over mosselen met frieten", "en") == []
    assert lookup("Proefzin over mosselen met frieten", "fr", kind="rich_text") == []


def test_publishing_a_page_feeds_the_memory_with_its_current_translations():
    add_untranslated_project(101, missing=("intro_en",))

    # Other projects' intros are close, fuzzy matches: the exact one is this page's.
    [match] = [m for m in lookup("Intro of project 101 in nl", "fr", kind="text") if m.is_exact]

    assert match.is_exact and match.target == "Intro of project 101 in fr"
    assert exact_match("Intro of project 101 in nl", "en") is None  # no English was given


def test_a_missing_field_is_offered_a_match_and_one_click_takes_it(admin_client):
    add_untranslated_project(102, missing=())  # feeds "Intro of project 102 in nl"
    project = add_untranslated_project(103, missing=("intro_fr",))
    draft = project.get_latest_revision_as_object()
    draft.intro_nl = "Intro of project 102 in nl!"
    draft.save_revision()
    key = f"cells.projectpage:{project.pk}"

    review = admin_client.get(f"{STATUS_URL}review/{key}/").content.decode()

    assert f'data-unit="cells.projectpage:{project.pk}:intro" data-language="fr"' in review
    assert "Intro of project 102 in fr" in review
    entry = MemoryEntry.objects.get(language="fr", source_text="Intro of project 102 in nl")
    response = admin_client.post(
        f"{STATUS_URL}use-match/",
        {"item": key, "unit": f"{key}:intro", "language": "fr", "match": entry.pk},
    )
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.get_latest_revision_as_object().intro_fr == "Intro of project 102 in fr"
    assert project.intro_fr == ""  # a draft, not published


def test_a_translator_cannot_take_a_match_into_another_language(client, django_user_model):
    from tests.translators import make_translator

    add_untranslated_project(104, missing=())
    project = add_untranslated_project(105, missing=("intro_en",))
    key = f"cells.projectpage:{project.pk}"
    entry = MemoryEntry.objects.filter(language="en").first()
    client.force_login(make_translator(django_user_model, "fr"))

    response = client.post(
        f"{STATUS_URL}use-match/",
        {"item": key, "unit": f"{key}:intro", "language": "en", "match": entry.pk},
    )

    assert response.status_code in (302, 403)
    project.refresh_from_db()
    assert project.get_latest_revision_as_object().intro_en == ""


def test_exact_match_finds_only_the_same_source():
    from strategy_site.translation_status.translation_memory import exact_match

    remember("<p>Samenwerking met Wallonië</p>", "<p>Coopération avec la Wallonie</p>", "fr")

    match = exact_match("Samenwerking met  wallonië", "fr", kind="text")
    assert match.is_exact and match.target == "<p>Coopération avec la Wallonie</p>"
    assert exact_match("Samenwerking met Wallonië en Vlaanderen", "fr") is None
