"""Imports that change many pages: new drafts written in bulk, as Wagtail's save_revision would.

The reference for "as Wagtail would" is `save_revision()` itself, called page by page on
each page's latest version: both ways are run on the same changes and must leave the same
revisions, page rows, history entries, translation records and indexes.
"""

import polib
import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageLogEntry, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry

from cells.models import ProjectPage
from objectives.models import ObjectivePage, ResultsPage
from strategy_site.translation_exchange.catalogue import export_entries
from strategy_site.translation_exchange.importer import import_translations
from strategy_site.translation_exchange.po_format import write_po
from strategy_site.translation_status.field_text import value_from_text
from strategy_site.translation_status.models import TranslationRecord
from strategy_site.translation_status.source_tracking import record_translations
from strategy_site.translation_status.translatable_content import load_items, units_by_identifier
from strategy_site.translation_status.translation_writer import _same_row, write_translations
from tests.admin_forms import edit_post_data
from tests.translators import add_bare_pages

pytestmark = pytest.mark.django_db


def bare_projects(count, start=0):
    """`count` published projects, their translations recorded as the editor leaves them."""
    add_bare_pages(count, start)
    record_translations([unit for item in load_items() for unit in item.units])
    numbers = [f"bulk-{number}-nl" for number in range(start, start + count)]
    return list(ProjectPage.objects.filter(slug_nl__in=numbers).order_by("path"))


def edited_export(pages, suffix, field="intro"):
    """A French PO export with `suffix` added to `field` of each of `pages`."""
    po = polib.pofile(write_po(export_entries("fr"), "fr"))
    identifiers = {f"{page._meta.label_lower}:{page.pk}:{field}" for page in pages}
    for entry in po:
        if entry.msgctxt in identifiers:
            entry.msgstr += suffix
    return str(po)


def queries_of_import(pages, suffix):
    document = edited_export(pages, suffix)
    with CaptureQueriesContext(connection) as queries:
        report = import_translations(document, "fr")
    assert len(report.changes) == len(pages) and not report.errors
    return len(queries.captured_queries)


def test_import_queries_are_the_same_for_10_and_50_changed_pages():
    pages = bare_projects(60)
    ten, fifty = pages[:10], pages[10:]
    # Another page's draft, so that every import below reads drafts.
    objective = ObjectivePage.objects.order_by("path").first()
    objective.save_revision()
    import_translations(edited_export(ten, " (essai)"), "fr", dry_run=True)  # warm caches

    first_ten = queries_of_import(ten, " (révisé)")
    first_fifty = queries_of_import(fifty, " (révisé)")
    # Now every changed page already has a draft, which the new revision builds on.
    again_ten = queries_of_import(ten, " (revu)")
    again_fifty = queries_of_import(fifty, " (revu)")

    assert first_fifty == first_ten
    assert again_fifty == again_ten
    assert first_ten < 40


def test_an_imported_draft_opens_in_the_editor_and_publishes_from_it(superuser, admin_client):
    page = bare_projects(1)[0]
    live_intro = page.intro_fr
    import_translations(edited_export([page], " Texte de l’agence."), "fr", user=superuser)

    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert page.intro_fr == live_intro  # the public page is unchanged
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert f"{live_intro} Texte de l’agence." in response.content.decode()

    draft = page.get_latest_revision_as_object()
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_post_data(draft, superuser, **{"action-publish": "action-publish"}),
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.intro_fr == f"{live_intro} Texte de l’agence."
    assert not page.has_unpublished_changes
    with translation.override("fr"):
        public = Client().get(page.get_url())
    assert "Texte de l’agence." in public.content.decode()


def test_the_imported_revision_itself_can_be_published(superuser):
    page = bare_projects(1)[0]
    import_translations(edited_export([page], " Publiée telle quelle."), "fr", user=superuser)
    page.refresh_from_db()
    revision = page.latest_revision

    revision.publish(user=superuser)

    page.refresh_from_db()
    assert page.intro_fr.endswith(" Publiée telle quelle.")
    assert page.live_revision_id == revision.pk
    assert not page.has_unpublished_changes
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()


def test_each_imported_page_has_a_draft_saved_entry_in_its_history(superuser, admin_client):
    pages = bare_projects(3)

    import_translations(edited_export(pages, " (révisé)"), "fr", user=superuser)

    for page in pages:
        page.refresh_from_db()
        entry = PageLogEntry.objects.get(page=page, action="wagtail.edit")
        assert entry.user_id == superuser.pk
        assert entry.revision_id == page.latest_revision_id
        assert entry.content_changed
        assert entry.label == page.draft_title
        assert entry.content_type == ContentType.objects.get_for_model(ProjectPage)
    response = admin_client.get(f"/admin/pages/{pages[0].pk}/history/")
    assert response.status_code == 200
    assert superuser.get_username() in response.content.decode()
    entry = PageLogEntry.objects.get(page=pages[0], action="wagtail.edit")
    assert str(entry.message) in response.content.decode()


def test_a_dry_run_reports_the_same_counts_and_writes_nothing(superuser):
    pages = bare_projects(5)
    document = edited_export(pages, " (révisé)")
    tables = (Revision, PageLogEntry, TranslationRecord)
    before = [list(model.objects.order_by("pk").values()) for model in tables]

    dry = import_translations(document, "fr", dry_run=True, user=superuser)

    assert [list(model.objects.order_by("pk").values()) for model in tables] == before
    assert not ProjectPage.objects.filter(pk__in=[p.pk for p in pages]).filter(
        has_unpublished_changes=True
    )
    real = import_translations(document, "fr", user=superuser)
    assert dry.summary() == real.summary()
    assert [change.identifier for change in dry.changes] == [
        change.identifier for change in real.changes
    ]


# -- the same result as Wagtail's save_revision, page by page ---------------------------------
def write_page_by_page(changes, user):
    """The reference: each page's latest version, changed, then `save_revision()`."""
    by_item = {}
    for unit, language, value in changes:
        by_item.setdefault(id(unit.item), (unit.item, []))[1].append((unit, language, value))
    for item, item_changes in by_item.values():
        obj = item.obj
        version = obj.get_latest_revision_as_object() if obj.has_unpublished_changes else obj
        for unit, language, value in item_changes:
            setattr(_same_row(version, unit), f"{unit.field_name}_{language}", value)
        slug_changed = any(unit.field_name == "slug" for unit, _l, _v in item_changes)
        version.save_revision(user=user, log_action=True, clean=slug_changed)


def planned_changes(texts):
    units = units_by_identifier(load_items())
    return [
        (units[identifier], "fr", value_from_text(units[identifier].model_field, text))
        for identifier, text in texts.items()
    ]


def outcome(pages, write, texts, user):
    """What `write` leaves behind, rolled back afterwards."""
    savepoint = transaction.savepoint()
    write(planned_changes(texts), user)
    state = {page.pk: page_state(page) for page in pages}
    state["records"] = sorted(
        TranslationRecord.objects.values_list(
            "content_type", "object_id", "field_name", "language", "source_hash", "target_hash"
        )
    )
    state["search index rows"] = search_index_rows(pages)
    transaction.savepoint_rollback(savepoint)
    return state


def page_state(page):
    row = type(page).objects.get(pk=page.pk)
    revision = row.latest_revision
    draft = revision.as_object().serializable_data()
    for volatile in ("latest_revision", "latest_revision_created_at"):
        draft.pop(volatile)
    content_type = ContentType.objects.get_for_model(page)
    log_entries = [
        (entry.action, entry.user_id, entry.label, entry.content_changed, entry.data, entry.uuid)
        for entry in PageLogEntry.objects.filter(page=page, revision=revision)
    ]
    return {
        "row": (row.draft_title, row.has_unpublished_changes, row.live, row.live_revision_id),
        "live content": {
            key: value
            for key, value in type(page).objects.filter(pk=page.pk).values()[0].items()
            if key not in ("latest_revision_id", "latest_revision_created_at")
        },
        "revision": (
            revision.content_type_id,
            revision.base_content_type_id,
            revision.object_id,
            revision.user_id,
            revision.object_str,
            revision.approved_go_live_at,
        ),
        "draft": draft,
        "log entries": log_entries,
        "references": sorted(
            ReferenceIndex.objects.filter(
                base_content_type=revision.base_content_type, object_id=str(page.pk)
            ).values_list("content_type", "to_content_type", "to_object_id", "content_path")
        ),
        # The title column is not compared: a page saved while the admin is in French is
        # indexed under its French title (modeltranslation's `title` is the active
        # language's). The bulk path leaves the row as it was (see the test below).
        "search index": list(
            IndexEntry.objects.filter(content_type=content_type, object_id=str(page.pk))
            .values_list("body", flat=True)
            .order_by("pk")
        ),
    }


def search_index_rows(pages):
    return list(
        IndexEntry.objects.filter(object_id__in=[str(page.pk) for page in pages])
        .values_list("content_type", "object_id", "title", "body")
        .order_by("pk")
    )


def test_bulk_drafts_are_what_save_revision_makes_page_by_page(superuser):
    project = bare_projects(1)[0]
    objective = ObjectivePage.objects.order_by("path").first()
    draft = objective.get_latest_revision_as_object()
    draft.summary_nl = draft.summary_nl + " Een nieuwe zin."
    draft.show_in_menus = not objective.show_in_menus  # not a translated field
    draft.save_revision()  # a page that already has a draft
    results = ResultsPage.objects.get()
    result = results.results.first()
    results_draft = results.get_latest_revision_as_object()
    results_draft.show_in_menus = not results.show_in_menus
    results_draft.save_revision()  # a draft with translated inline rows
    texts = {
        f"cells.projectpage:{project.pk}:intro": "Une introduction revue.",
        f"cells.projectpage:{project.pk}:slug": "projet-revu",
        f"cells.projectpage:{project.pk}:title": "Un titre revu",
        f"objectives.objectivepage:{objective.pk}:summary": "Un résumé revu.",
        f"objectives.objectivepage:{objective.pk}:slug": "objectif-revu",
        f"objectives.result:{result.pk}:text": "Un résultat revu.",
    }
    pages = [project, objective, results]

    index_before = search_index_rows(pages)
    with translation.override("fr"):  # a French admin: the draft title stays the Dutch one
        bulk = outcome(pages, write_translations, texts, superuser)
        reference = outcome(pages, write_page_by_page, texts, superuser)

    assert bulk[project.pk]["draft"]["intro_fr"] == "Une introduction revue."
    assert bulk[project.pk]["row"][0] == project.title_nl
    assert bulk[objective.pk]["draft"]["slug_fr"] == "objectif-revu"
    assert {"pk": result.pk, "text_fr": "Un résultat revu."}.items() <= next(
        row for row in bulk[results.pk]["draft"]["results"] if row["pk"] == result.pk
    ).items()
    for page in pages:
        assert bulk[page.pk] == reference[page.pk], page
    assert bulk["records"] == reference["records"]
    assert bulk["search index rows"] == index_before


def test_a_slug_already_taken_by_a_sibling_is_refused_with_nothing_written(superuser):
    first, second = bare_projects(2)
    document = edited_export([first], "", field="slug").replace(
        f'msgstr "{first.slug_fr}"', f'msgstr "{second.slug_fr}"'
    )
    revisions = Revision.objects.count()

    dry = import_translations(document, "fr", dry_run=True, user=superuser)
    report = import_translations(document, "fr", user=superuser)

    assert report.errors and not report.changes
    assert dry.errors == report.errors and not dry.changes  # the dry run checks it too
    assert Revision.objects.count() == revisions
    first.refresh_from_db()
    assert not first.has_unpublished_changes
