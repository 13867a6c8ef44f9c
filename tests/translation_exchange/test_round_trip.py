import io
import re
from xml.etree import ElementTree as ET  # noqa: S405  (writing; reading uses defusedxml)

import polib
import pytest
from defusedxml import ElementTree as SafeET
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from objectives.models import ObjectivePage, StrategyPage
from strategy_site.translation_exchange.po_format import write_po
from strategy_site.translation_exchange.xliff_format import write_xliff
from tests.translation_exchange.former_format import whole_field_entry

pytestmark = pytest.mark.django_db

XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"
GLOSSARY = "{urn:oasis:names:tc:xliff:glossary:2.0}"


def objective():
    return ObjectivePage.objects.order_by("path").first()


def export(tmp_path, language="fr", file_format="po", *extra):
    path = tmp_path / f"export.{file_format}"
    call_command(
        "export_translations",
        "--language",
        language,
        "--format",
        file_format,
        "--output",
        str(path),
        *extra,
        stderr=io.StringIO(),
    )
    return path


def run_import(path, language="fr", *extra):
    out = io.StringIO()
    call_command("import_translations", str(path), "--language", language, *extra, stdout=out)
    return out.getvalue()


def edit_po(path, identifier, new_text):
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgctxt == identifier)
    entry.msgstr = new_text
    po.save(str(path))


def edit_xliff(path, identifier, new_text):
    ET.register_namespace("", XLIFF[1:-1])
    tree = SafeET.parse(path)
    unit = next(u for u in tree.iter(f"{XLIFF}unit") if u.get("id") == identifier)
    unit.find(f"{XLIFF}segment/{XLIFF}target").text = new_text
    tree.write(path, encoding="utf-8", xml_declaration=True)


def translated_values(page):
    """Every French value of the page's latest version, by field name."""
    draft = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    return {
        f.name: str(getattr(draft, f.name))
        for f in type(page)._meta.fields
        if f.name.endswith("_fr") and not f.name.startswith("url_path")
    }


@pytest.mark.parametrize(("file_format", "edit"), [("po", edit_po), ("xliff", edit_xliff)])
def test_round_trip_changes_exactly_the_edited_field_as_a_draft(tmp_path, file_format, edit):
    page = objective()
    before = translated_values(page)
    path = export(tmp_path, "fr", file_format)
    edit(path, f"objectives.objectivepage:{page.pk}:summary", "Un résumé revu par l’agence.")

    dry = run_import(path, "fr", "--dry-run")
    assert objective().has_unpublished_changes is False
    real = run_import(path, "fr")

    assert "1 changes" in dry and "1 changes" in real
    after = translated_values(page)
    assert after["summary_fr"] == "Un résumé revu par l’agence."
    assert {k: v for k, v in after.items() if k != "summary_fr"} == {
        k: v for k, v in before.items() if k != "summary_fr"
    }
    page.refresh_from_db()
    assert page.has_unpublished_changes  # a new draft revision
    assert page.summary_fr == before["summary_fr"]  # the public page is unchanged


@pytest.mark.parametrize("file_format", ["po", "xliff"])
def test_reimporting_an_unchanged_export_reports_0_changes(tmp_path, file_format):
    path = export(tmp_path, "en", file_format)
    revisions = Revision.objects.count()

    output = run_import(path, "en")

    assert "0 changes" in output
    assert Revision.objects.count() == revisions


def former_whole_field_file(tmp_path, obj, field, new_text, file_format="po"):
    path = tmp_path / f"former.{file_format}"
    write = write_po if file_format == "po" else write_xliff
    path.write_text(write([whole_field_entry(obj, field, new_text)], "fr"))
    return path


def test_rich_text_is_exported_as_segments_without_html(tmp_path):
    home = StrategyPage.objects.get()
    po = polib.pofile(str(export(tmp_path, "fr", "po")))

    intro = [e for e in po if e.msgctxt.startswith(f"objectives.strategypage:{home.pk}:intro:")]

    assert intro and all("<" not in e.msgid and "<" not in e.msgstr for e in intro)


def test_a_file_in_the_former_whole_field_format_is_imported_and_sanitised(tmp_path):
    home = StrategyPage.objects.get()
    path = former_whole_field_file(
        tmp_path,
        home,
        "intro",
        "<h1>Titre</h1><p>Texte <b>gras</b><script>alert(1)</script>"
        '<a href="javascript:alert(2)">lien</a></p>',
    )

    output = run_import(path, "fr")

    stored = StrategyPage.objects.get().get_latest_revision_as_object().intro_fr
    assert "sanitised" in output
    assert "<b>gras</b>" in stored
    assert "<script" not in stored and "<h1" not in stored and "javascript:" not in stored


def test_a_stream_field_in_the_former_html_block_format_is_imported(tmp_path):
    page = objective()
    new_body = (
        '<div data-block="heading" data-level="&quot;h2&quot;"><div data-field="text">'
        "Nouveau titre</div></div>"
        '<div data-block="paragraph"><p>Un paragraphe <i>traduit</i>.</p></div>'
    )
    path = former_whole_field_file(tmp_path, page, "body", new_body, "xliff")

    run_import(path, "fr")

    body = ObjectivePage.objects.get(pk=page.pk).get_latest_revision_as_object().body_fr
    assert [block.block_type for block in body] == ["heading", "paragraph"]
    assert body[0].value["text"] == "Nouveau titre"
    assert "<i>traduit</i>" in body[1].value.source


@pytest.mark.parametrize(
    "content",
    ['msgid "unterminated\nmsgstr ""\n', "<xliff><unit></xliff>", "not a translation file"],
)
def test_a_malformed_file_is_rejected_with_nothing_changed(tmp_path, content):
    path = tmp_path / "broken.po"
    path.write_text(content)
    revisions = Revision.objects.count()

    with pytest.raises(CommandError, match="Nothing was imported"):
        run_import(path, "fr")

    assert Revision.objects.count() == revisions


def test_broken_markup_in_one_entry_blocks_that_entry_only(tmp_path):
    page = objective()
    home = StrategyPage.objects.get()
    intro_before = home.intro_fr
    path = export(tmp_path, "fr", "po")
    edit_po(path, f"objectives.objectivepage:{page.pk}:summary", "Un résumé correct.")
    po = polib.pofile(str(path))
    intro = next(e for e in po if e.msgctxt.startswith(f"objectives.strategypage:{home.pk}:intro:"))
    intro.msgstr = "Paragraphe {1}non fermé"
    po.save(str(path))

    out = io.StringIO()
    with pytest.raises(CommandError, match="were not imported"):
        call_command("import_translations", str(path), "--language", "fr", stdout=out)

    assert re.search(rf"error\s+{re.escape(intro.msgctxt)}: .*never closed", out.getvalue())
    assert objective().get_latest_revision_as_object().summary_fr == "Un résumé correct."
    home = StrategyPage.objects.get()
    assert home.get_latest_revision_as_object().intro_fr == intro_before


def test_unknown_identifier_and_wrong_language_are_refused(tmp_path):
    path = export(tmp_path, "fr", "po")
    po = polib.pofile(str(path))
    po[0].msgctxt = "objectives.objectivepage:999999:summary"
    po.save(str(path))

    with pytest.raises(CommandError):
        out = io.StringIO()
        call_command("import_translations", str(path), "--language", "fr", stdout=out)
    assert "Unknown identifier" in out.getvalue()

    english = export(tmp_path, "en", "po")
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_translations", str(english), "--language", "fr", stdout=out)
    assert "not “fr”" in out.getvalue()


def test_a_source_changed_since_the_export_is_a_conflict_not_applied(tmp_path):
    page = objective()
    path = export(tmp_path, "fr", "po")
    edit_po(path, f"objectives.objectivepage:{page.pk}:summary", "Traduction de l’ancien texte.")
    draft = page.get_latest_revision_as_object()
    draft.summary_nl = "Een nieuwe Nederlandse samenvatting."
    draft.save_revision()

    output = run_import(path, "fr")

    assert re.search(r"conflict\s+objectives\.objectivepage:\d+:summary", output)
    assert "0 changes" in output and "1 conflicts" in output
    latest = ObjectivePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert latest.summary_fr != "Traduction de l’ancien texte."


def test_only_missing_exports_just_the_untranslated_fields(tmp_path):
    from tests.translators import add_untranslated_project

    project = add_untranslated_project(20, missing=("intro_fr",))
    path = export(tmp_path, "fr", "po", "--only", "missing")

    identifiers = [entry.msgctxt for entry in polib.pofile(str(path))]

    assert identifiers == [f"cells.projectpage:{project.pk}:intro"]


def test_xliff_export_follows_the_xliff_2_core_structure(tmp_path):
    root = SafeET.parse(export(tmp_path, "fr", "xliff")).getroot()

    assert root.tag == f"{XLIFF}xliff"
    assert root.get("version") == "2.0"
    assert (root.get("srcLang"), root.get("trgLang")) == ("nl", "fr")
    files = list(root)
    assert files and all(f.tag == f"{XLIFF}file" and f.get("id") for f in files)
    unit_ids = []
    for unit in root.iter(f"{XLIFF}unit"):
        unit_ids.append(unit.get("id"))
        assert re.fullmatch(r"[\w.:-]+", unit.get("id"))  # an NMTOKEN
        # Modules first (the glossary), then <notes> (optional), then at least one segment.
        children = [child.tag for child in unit if child.tag != f"{GLOSSARY}glossary"]
        assert children[0] in (f"{XLIFF}notes", f"{XLIFF}segment")
        assert f"{XLIFF}segment" in children
        for segment in unit.findall(f"{XLIFF}segment"):
            assert segment.get("state") in (None, "initial", "translated", "reviewed", "final")
            parts = [child.tag for child in segment]
            assert parts[0] == f"{XLIFF}source" and set(parts) <= {
                f"{XLIFF}source",
                f"{XLIFF}target",
            }
    assert len(unit_ids) == len(set(unit_ids)) > 50
