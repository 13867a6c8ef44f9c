"""A unit whose source uses a glossary term carries it in XLIFF 2.0's Glossary module."""

from pathlib import Path

import pytest
import xmlschema
from defusedxml import ElementTree as SafeET
from django.utils import translation

from strategy_site.translation_exchange.catalogue import export_entries
from strategy_site.translation_exchange.importer import import_translations
from strategy_site.translation_exchange.xliff_format import write_xliff
from tests.translators import add_untranslated_project

pytestmark = pytest.mark.django_db

XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"
GLS = "{urn:oasis:names:tc:xliff:glossary:2.0}"
SCHEMA = Path(__file__).parent / "schemas" / "xliff_core_2.0.xsd"


def exported_unit(project, language="fr"):
    with translation.override("en"):
        document = write_xliff(export_entries(language, only="missing"), language)
    root = SafeET.fromstring(document)
    unit = next(
        unit
        for unit in root.iter(f"{XLIFF}unit")
        if unit.get("id") == f"cells.projectpage:{project.pk}:intro"
    )
    return document, unit


def gloss_entries(unit):
    return [
        (
            entry.findtext(f"{GLS}term"),
            entry.findtext(f"{GLS}translation"),
            entry.findtext(f"{GLS}definition"),
        )
        for entry in unit.iter(f"{GLS}glossEntry")
    ]


def test_a_unit_using_seeded_terms_carries_their_translation_and_a_name_not_to_translate():
    project = add_untranslated_project(51, missing=("intro_fr",))
    project.intro_nl = "Het Brussels Hoofdstedelijk Gewest werkt met urban.brussels samen."
    project.save_revision().publish()

    document, unit = exported_unit(project)

    assert gloss_entries(unit) == [
        ("Brussels Hoofdstedelijk Gewest", "Région de Bruxelles-Capitale", None),
        ("urban.brussels", None, "A name not to be translated: write it as in the source."),
    ]
    # The module sits where the core schema allows it: first in the unit, before the notes.
    assert unit[0].tag == f"{GLS}glossary" and unit[1].tag == f"{XLIFF}notes"
    xmlschema.XMLSchema(str(SCHEMA)).validate(document)


def test_a_unit_without_terms_has_no_glossary_and_the_module_does_not_disturb_the_import(
    superuser,
):
    plain = add_untranslated_project(52, missing=("intro_fr",))
    _document, unit = exported_unit(plain)
    assert unit.find(f"{GLS}glossary") is None

    plain.intro_nl = "Samen met Vlaanderen."
    plain.save_revision().publish()
    document, unit = exported_unit(plain)
    assert gloss_entries(unit) == [("Vlaanderen", "Flandre", None)]
    translated = document.replace(
        "<source>Samen met Vlaanderen.</source>",
        "<source>Samen met Vlaanderen.</source><target>Avec la Flandre.</target>",
    )

    report = import_translations(translated, "fr", user=superuser)

    assert [change.after for change in report.changes] == ["Avec la Flandre."]
    assert not report.errors
