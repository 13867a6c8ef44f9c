import pytest

from objectives.models import ObjectivePage
from strategy_site.translation_status.source_tracking import (
    is_stale,
    load_records,
    mark_reviewed,
    units_of,
)
from strategy_site.translation_status.status_report import COMPLETE, NEEDS_REVIEW, build_report

pytestmark = pytest.mark.django_db


def objective():
    return ObjectivePage.objects.order_by("path").first()


def draft_with(page, **values):
    draft = page.get_latest_revision_as_object()
    for name, value in values.items():
        setattr(draft, name, value)
    draft.save_revision()
    page.refresh_from_db()
    return page


def statuses(page):
    row = next(row for row in build_report().rows if row.item.obj.pk == page.pk)
    return {code: state.status for code, state in row.statuses.items()}


def summary_stale(page, language):
    draft = page.get_latest_revision_as_object()
    unit = next(u for u in units_of(draft) if u.field_name == "summary")
    return is_stale(unit, language, load_records([unit]))


def test_changing_the_dutch_source_puts_french_and_english_in_review():
    page = objective()
    assert statuses(page) == {"nl": COMPLETE, "fr": COMPLETE, "en": COMPLETE}

    draft_with(page, summary_nl=page.summary_nl + " Met een nieuwe zin.")

    assert statuses(page) == {"nl": COMPLETE, "fr": NEEDS_REVIEW, "en": NEEDS_REVIEW}
    assert summary_stale(page, "fr") and summary_stale(page, "en")


def test_reverting_the_source_clears_the_review():
    page = objective()
    original = page.summary_nl
    draft_with(page, summary_nl=original + " Tijdelijk.")
    draft_with(page, summary_nl=original)

    assert statuses(page) == {"nl": COMPLETE, "fr": COMPLETE, "en": COMPLETE}


def test_a_new_translation_clears_the_review_for_its_language_only():
    page = objective()
    draft_with(page, summary_nl=page.summary_nl + " Nieuw.")

    draft_with(page, summary_fr=page.summary_fr + " Nouveau.")

    assert statuses(page) == {"nl": COMPLETE, "fr": COMPLETE, "en": NEEDS_REVIEW}


def test_marking_reviewed_clears_the_review_without_changing_the_translation():
    page = objective()
    english = page.summary_en
    draft_with(page, summary_nl=page.summary_nl + " Nieuw.")
    unit = next(
        u for u in units_of(page.get_latest_revision_as_object()) if u.field_name == "summary"
    )

    mark_reviewed(unit, "en")

    assert statuses(page)["en"] == COMPLETE
    assert page.get_latest_revision_as_object().summary_en == english


def test_saving_unchanged_rich_text_through_the_editor_raises_no_alarm(admin_client, superuser):
    from objectives.models import StrategyPage
    from tests.admin_forms import edit_post_data

    home = StrategyPage.objects.get()
    response = admin_client.post(f"/admin/pages/{home.pk}/edit/", edit_post_data(home, superuser))

    assert response.status_code == 302
    assert statuses(home) == {"nl": COMPLETE, "fr": COMPLETE, "en": COMPLETE}


def test_review_page_shows_old_and_new_source_side_by_side(admin_client):
    page = objective()
    old = page.summary_nl
    draft_with(page, summary_nl="Een volledig nieuwe samenvatting.")

    response = admin_client.get(
        f"/admin/translation-status/review/objectives.objectivepage:{page.pk}/"
    )

    document = response.content.decode()
    assert "<ins>Een volledig nieuwe samenvatting</ins>." in document
    assert f"<del>{old.split()[0]}" in document
    assert page.summary_fr.split()[0] in document


def test_edit_view_warns_about_translations_to_review(admin_client):
    page = objective()
    draft_with(page, summary_nl="Een volledig nieuwe samenvatting.")

    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")

    assert "/admin/translation-status/review/objectives.objectivepage:" in response.content.decode()
