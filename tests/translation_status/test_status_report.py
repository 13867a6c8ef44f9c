import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from strategy_site.translation_status.status_report import (
    COMPLETE,
    MISSING,
    build_report,
)
from tests.translators import add_bare_pages, add_untranslated_project, make_translator

pytestmark = pytest.mark.django_db


def figures(report):
    return {p.language: (p.complete, p.total) for p in report.site_progress}


def row_for(report, page):
    return next(row for row in report.rows if row.item.obj.pk == page.pk)


def test_seeded_site_is_complete_in_every_language():
    report = build_report()

    totals = figures(report)
    assert totals["fr"] == totals["en"] == totals["nl"]
    complete, total = totals["fr"]
    assert complete == total > 20


def test_status_figures_count_each_missing_translation_once():
    before = figures(build_report())
    add_untranslated_project(1, missing=("intro_fr",))
    add_untranslated_project(2, missing=("title_en", "intro_en"))
    add_untranslated_project(3, missing=())

    after = build_report()

    totals = figures(after)
    assert totals["nl"] == (before["nl"][0] + 3, before["nl"][1] + 3)
    assert totals["fr"] == (before["fr"][0] + 2, before["fr"][1] + 3)
    assert totals["en"] == (before["en"][0] + 2, before["en"][1] + 3)


def test_missing_field_is_named_and_links_to_its_place_in_the_edit_form():
    project = add_untranslated_project(4, missing=("intro_fr",))

    row = row_for(build_report(), project)

    french = row.statuses["fr"]
    assert french.status == MISSING
    assert row.statuses["en"].status == COMPLETE
    [(unit, url)] = french.missing_links
    assert unit.field_name == "intro"
    assert url == f"/admin/pages/{project.pk}/edit/#id_intro_fr"


def test_a_saved_french_draft_counts_before_it_is_published():
    project = add_untranslated_project(5, missing=("intro_fr",))
    draft = project.get_latest_revision_as_object()
    draft.intro_fr = "Introduction du projet"
    draft.save_revision()

    assert row_for(build_report(), project).statuses["fr"].status == COMPLETE


def test_status_can_be_filtered_by_language_status_and_section():
    project = add_untranslated_project(6, missing=("intro_fr",))
    cell_section = str(project.get_parent().pk)

    report = build_report(language="fr", status=MISSING, section=cell_section)

    assert [row.item.obj.pk for row in report.rows] == [project.pk]
    assert report.languages == ["fr"]


def test_status_view_is_in_the_menu_and_open_to_a_french_translator(client, django_user_model):
    client.force_login(make_translator(django_user_model, "fr"))

    dashboard = client.get("/admin/")
    response = client.get("/admin/translation-status/")

    assert "/admin/translation-status/" in dashboard.content.decode()
    assert response.status_code == 200
    assert 'data-progress-language="fr"' in response.content.decode()


def test_status_view_is_closed_to_editors_without_the_permission(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("someone", "s@example.org", "pw-long-enough")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get("/admin/translation-status/")

    # Wagtail answers a refused admin view with a redirect to the dashboard.
    assert response.status_code == 302
    assert response.url == "/admin/"


def test_status_view_queries_are_the_same_for_10_and_200_pages(admin_client):
    add_bare_pages(10)
    admin_client.get("/admin/translation-status/")  # warm the per-process caches
    with CaptureQueriesContext(connection) as ten:
        first = admin_client.get("/admin/translation-status/")
    add_bare_pages(190, start=10)
    with CaptureQueriesContext(connection) as two_hundred:
        response = admin_client.get("/admin/translation-status/")

    assert first.status_code == response.status_code == 200
    rows = response.context["rows_page"].paginator.count
    assert rows == first.context["rows_page"].paginator.count + 190
    assert response.content.decode().count('<tr data-item="') == 50  # one page of the list
    assert len(two_hundred.captured_queries) == len(ten.captured_queries)
