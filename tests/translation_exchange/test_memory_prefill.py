"""Exports pre-filled from the translation memory: an exact match is a suggestion to review
(PO `fuzzy`, XLIFF `initial`), fuzzy matches are notes, and a suggestion left untouched is
not imported."""

import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest
import xmlschema
from defusedxml import ElementTree as SafeET
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cells.models import ProjectPage
from objectives.models import ObjectivePage
from strategy_site.translation_exchange.catalogue import export_entries
from strategy_site.translation_exchange.importer import import_translations
from strategy_site.translation_exchange.po_format import write_po
from strategy_site.translation_exchange.xliff_format import write_xliff
from strategy_site.translation_status.models import MemoryEntry
from strategy_site.translation_status.translation_memory import remember
from tests.translation_exchange.test_segments import FRENCH, objective_with_body, po_of
from tests.translators import add_untranslated_project

pytestmark = pytest.mark.django_db

XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"
SCHEMA = Path(__file__).parent / "schemas" / "xliff_core_2.0.xsd"


@pytest.fixture
def projects():
    """Project 31's Dutch intro is remembered exactly, project 32's nearly; neither has a
    French intro."""
    remember("Intro of project 31 in nl", "Présentation du projet 31", "fr")
    remember("Intro of the project 32 in nl", "Présentation du projet 32", "fr")
    return (
        add_untranslated_project(31, missing=("intro_fr",)),
        add_untranslated_project(32, missing=("intro_fr",)),
    )


def po_export():
    with translation.override("en"):
        return polib.pofile(write_po(export_entries("fr", only="missing"), "fr"))


def intro_of(project):
    return ProjectPage.objects.get(pk=project.pk).get_latest_revision_as_object().intro_fr


def test_po_pre_fills_an_exact_match_as_fuzzy_and_gives_a_close_one_as_a_comment(
    projects, tmp_path
):
    exact, close = projects
    po = po_export()
    by_id = {entry.msgctxt: entry for entry in po}

    prefilled = by_id[f"cells.projectpage:{exact.pk}:intro"]
    assert prefilled.msgstr == "Présentation du projet 31"
    assert "fuzzy" in prefilled.flags
    assert "translation memory" in prefilled.tcomment
    suggested = by_id[f"cells.projectpage:{close.pk}:intro"]
    assert suggested.msgstr == "" and "fuzzy" not in suggested.flags
    assert re.search(r"Translation memory, (\d+) %: Présentation du projet 32", suggested.tcomment)
    assert 75 <= int(re.search(r"(\d+) %", suggested.tcomment)[1]) < 100

    path = tmp_path / "fr.po"
    po.save(str(path))
    checked = subprocess.run(  # noqa: S603
        ["msgfmt", "-c", "-o", "/dev/null", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0 and "warning" not in checked.stderr.lower(), checked.stderr


def test_an_untouched_fuzzy_pre_fill_is_not_imported_and_a_reviewed_one_is(projects, superuser):
    exact, _close = projects
    po = po_export()

    report = import_translations(str(po), "fr", user=superuser)

    assert not report.changes and report.awaiting_review == 1
    assert intro_of(exact) == ""

    for entry in po:
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    report = import_translations(str(po), "fr", user=superuser)

    assert [change.after for change in report.changes] == ["Présentation du projet 31"]
    assert intro_of(exact) == "Présentation du projet 31"


def xliff_export():
    with translation.override("en"):
        return write_xliff(export_entries("fr", only="missing"), "fr")


def unit_of(root, project):
    return next(
        unit
        for unit in root.iter(f"{XLIFF}unit")
        if unit.get("id") == f"cells.projectpage:{project.pk}:intro"
    )


def test_xliff_pre_fills_an_exact_match_in_state_initial_and_stays_valid(projects):
    exact, close = projects
    document = xliff_export()
    root = SafeET.fromstring(document)

    segment = unit_of(root, exact).find(f"{XLIFF}segment")
    assert segment.get("state") == "initial"
    assert segment.find(f"{XLIFF}target").text == "Présentation du projet 31"
    notes = [note.text for note in unit_of(root, exact).iter(f"{XLIFF}note")]
    assert any("translation memory" in note for note in notes)
    close_notes = [note.text for note in unit_of(root, close).iter(f"{XLIFF}note")]
    close_note = re.compile(r"Translation memory, \d+ %: Présentation du projet 32")
    assert any(close_note.match(note) for note in close_notes)
    assert unit_of(root, close).find(f"{XLIFF}segment/{XLIFF}target") is None
    xmlschema.XMLSchema(str(SCHEMA)).validate(document)


def test_an_initial_xliff_pre_fill_is_imported_only_once_confirmed(projects, superuser):
    exact, _close = projects
    document = xliff_export()

    report = import_translations(document, "fr", user=superuser)

    assert not report.changes and report.awaiting_review == 1
    assert intro_of(exact) == ""

    confirmed = document.replace('state="initial"', 'state="translated"')
    report = import_translations(confirmed, "fr", user=superuser)

    assert [change.after for change in report.changes] == ["Présentation du projet 31"]


def test_the_memory_costs_two_queries_per_export_whatever_its_size(projects):
    for number in range(33, 38):
        remember(f"Intro of project {number} in nl", f"Présentation {number}", "fr")
        add_untranslated_project(number, missing=("intro_fr",))
    table = MemoryEntry._meta.db_table

    with CaptureQueriesContext(connection) as queries:
        entries = export_entries("fr", only="missing")

    assert sum(1 for entry in entries if entry.suggestion) == 6
    assert sum(table in query["sql"] for query in queries.captured_queries) == 2


def test_pre_filled_segments_keep_their_codes_and_pofilter_and_msgfmt_find_nothing(
    superuser, tmp_path
):
    first = objective_with_body()
    entries = [
        e
        for e in export_entries("fr")
        if e.identifier.startswith(f"objectives.objectivepage:{first.pk}:body:")
    ]
    import_translations(po_of(entries, FRENCH), "fr", user=superuser)
    ObjectivePage.objects.get(pk=first.pk).get_latest_revision().publish()
    second = ObjectivePage.objects.order_by("path")[1]
    second.body_nl = first.body_nl
    second.body_fr = []
    second.save_revision().publish()

    with translation.override("en"):
        po = polib.pofile(
            write_po(
                [
                    e
                    for e in export_entries("fr")
                    if e.identifier.startswith(f"objectives.objectivepage:{second.pk}:body:")
                ],
                "fr",
            )
        )

    assert {entry.msgid: entry.msgstr for entry in po} == FRENCH
    assert all("fuzzy" in entry.flags for entry in po)
    path, report = tmp_path / "fr.po", tmp_path / "report.po"
    po.save(str(path))
    subprocess.run(  # noqa: S603
        [str(Path(sys.executable).parent / "pofilter"), "--fuzzy", "-t", "pythonbraceformat",
         "-t", "xmltags", "-t", "variables", "-t", "brackets", str(path), str(report)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    flagged = polib.pofile(str(report)) if report.exists() and report.read_text().strip() else []
    assert [entry.msgid for entry in flagged if entry.msgid] == []
    checked = subprocess.run(  # noqa: S603
        ["msgfmt", "-c", "-o", "/dev/null", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
