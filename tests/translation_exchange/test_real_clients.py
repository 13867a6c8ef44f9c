"""The files as real tools see them: gettext's msgfmt, the OASIS XLIFF 2.0 core schema, and
translate-toolkit (the library behind pofilter, Pootle and Weblate's file handling)."""

import subprocess
import sys
from pathlib import Path

import polib
import pytest
import xmlschema
from django.utils import translation
from translate.storage import pypo, xliff2

from strategy_site.translation_exchange.catalogue import export_entries
from strategy_site.translation_exchange.importer import import_translations
from strategy_site.translation_exchange.po_format import write_po
from strategy_site.translation_exchange.xliff_format import write_xliff
from tests.translation_exchange.test_segments import FRENCH, objective_with_body

pytestmark = pytest.mark.django_db

SCHEMA = Path(__file__).parent / "schemas" / "xliff_core_2.0.xsd"


@pytest.fixture(scope="module")
def xliff_schema():
    return xmlschema.XMLSchema(str(SCHEMA))


def test_an_xliff_export_with_inline_codes_is_valid_against_the_oasis_core_schema(
    xliff_schema,
):
    objective_with_body()
    document = write_xliff(export_entries("fr"), "fr")

    assert "<pc " in document and "<notes>" in document
    xliff_schema.validate(document)


def test_the_schema_check_is_real_a_tampered_state_fails(xliff_schema):
    document = write_xliff(export_entries("fr")[:3], "fr")

    with pytest.raises(xmlschema.XMLSchemaValidationError):
        xliff_schema.validate(document.replace('state="translated"', 'state="done"', 1))


def test_po_headers_name_the_translator_team_and_revision_date_and_msgfmt_is_clean(
    admin_client, superuser, tmp_path
):
    superuser.first_name, superuser.last_name = "Anne", "Peeters"
    superuser.save()
    objective_with_body()
    response = admin_client.get(
        "/admin/translation-exchange/export/",
        {"language": "fr", "file_format": "po", "only": "", "section": ""},
    )
    path = tmp_path / "fr.po"
    path.write_bytes(response.content)

    metadata = polib.pofile(str(path)).metadata
    assert metadata["Last-Translator"] == "Anne Peeters <chief@example.org>"
    assert metadata["Language-Team"] == "French"
    assert metadata["PO-Revision-Date"][:4].isdigit()
    checked = subprocess.run(  # noqa: S603
        ["msgfmt", "-c", "--statistics", "-o", "/dev/null", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert "warning" not in checked.stderr.lower()


def test_translate_toolkit_reads_the_po_with_page_and_field_context():
    page = objective_with_body()
    with translation.override("en"):
        store = pypo.pofile.parsestring(write_po(export_entries("fr"), "fr").encode())

    unit = next(u for u in store.units if u.source == "Een tweede alinea.")

    assert unit.getcontext().startswith(f"objectives.objectivepage:{page.pk}:body:")
    notes = unit.getnotes("developer")
    assert page.title_nl in notes
    assert "Field: Body – Paragraph" in notes


def test_translate_toolkit_reads_the_xliff_units_and_their_inline_codes():
    page = objective_with_body()
    store = xliff2.Xliff2File.parsestring(write_xliff(export_entries("fr"), "fr").encode())

    ids = [unit.getid() for unit in store.units]
    assert f"objectives.objectivepage:{page.pk}:title" in ids
    unit = next(u for u in store.units if u.source.startswith("Een "))
    assert unit.source == "Een vet woord en een link."  # codes are markup, not text
    # The context is in the unit's <notes> (the core schema allows them there only).
    notes = unit.getunitelement().find(f"{{{xliff2.Xliff2File.namespace}}}notes")
    assert page.title_nl in "".join(notes.itertext())


def pofilter(tmp_path, translations):
    """The msgids pofilter flags in the objective body's export translated as given."""
    page = objective_with_body()
    prefix = f"objectives.objectivepage:{page.pk}:body:"
    po = polib.pofile(
        write_po([e for e in export_entries("fr") if e.identifier.startswith(prefix)], "fr")
    )
    for entry in po:
        entry.msgstr = translations[entry.msgid]
    source, report = tmp_path / "fr.po", tmp_path / "report.po"
    po.save(str(source))
    subprocess.run(  # noqa: S603
        [
            str(Path(sys.executable).parent / "pofilter"),
            "-t",
            "pythonbraceformat",
            "-t",
            "printf",
            "-t",
            "xmltags",
            "-t",
            "variables",
            "-t",
            "brackets",
            "-t",
            "escapes",
            str(source),
            str(report),
        ],  # fmt: skip
        check=True,
        capture_output=True,
    )
    if not report.exists() or not report.read_text().strip():
        return []
    return [entry.msgid for entry in polib.pofile(str(report)) if entry.msgid]


def test_pofilter_finds_no_placeholder_or_tag_errors(tmp_path):
    assert pofilter(tmp_path, FRENCH) == []


def test_pofilter_does_flag_a_dropped_placeholder(tmp_path):
    # The check above can fail: a translation without the link's placeholders is flagged.
    broken = {**FRENCH, "Een {1}vet{/1} woord en een {2}link{/2}.": "Un mot en {1}gras{/1}."}

    assert pofilter(tmp_path, broken) == ["Een {1}vet{/1} woord en een {2}link{/2}."]


def test_a_round_trip_through_translate_toolkit_imports_cleanly(superuser):
    page = objective_with_body()
    store = pypo.pofile.parsestring(write_po(export_entries("fr"), "fr").encode())
    for unit in store.units:
        if unit.source in FRENCH:
            unit.target = FRENCH[unit.source]

    report = import_translations(bytes(store).decode(), "fr", user=superuser)

    assert not report.errors and not report.conflicts
    assert {change.after for change in report.changes} == {
        "Coopération",
        "Un lien et un mot en gras.",
        "Un deuxième paragraphe.",
        "Premier point",
        "Deuxième point",
    }
    body = type(page).objects.get(pk=page.pk).get_latest_revision_as_object().body_fr
    assert '<a href="https://example.org/nl/">lien</a>' in body[1].value.source


def test_an_xliff_round_trip_through_translate_toolkit_imports_cleanly(superuser):
    page = objective_with_body()
    store = xliff2.Xliff2File.parsestring(write_xliff(export_entries("fr"), "fr").encode())
    for unit in store.units:
        if unit.getid().startswith(f"objectives.objectivepage:{page.pk}:body:"):
            if unit.source == "Een tweede alinea.":
                unit.target = "Un deuxième paragraphe."
            else:
                unit.rich_target = unit.rich_source  # the CAT tool's "copy source"

    report = import_translations(bytes(store).decode(), "fr", user=superuser)

    assert not report.errors and not report.conflicts
    body = type(page).objects.get(pk=page.pk).get_latest_revision_as_object().body_fr
    assert "Un deuxième paragraphe." in body[1].value.source
    assert "<b>vet</b>" in body[1].value.source
