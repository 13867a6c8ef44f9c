import pytest

from strategy_site.translation_status.models import GlossaryTerm, glossary_entries
from strategy_site.translation_status.quality_checks import (
    ERROR,
    WARNING,
    GlossaryEntry,
    check_unit,
)

REGION = GlossaryEntry(
    "Brussels Hoofdstedelijk Gewest",
    {"fr": "Région de Bruxelles-Capitale", "en": "Brussels-Capital Region"},
)
URBAN = GlossaryEntry("urban.brussels", {}, do_not_translate=True)


def checks(findings):
    return [(finding.severity, finding.check) for finding in findings]


def test_a_faithful_translation_has_no_findings():
    source = "<p>Het <b>Brussels Hoofdstedelijk Gewest</b> telt 19 gemeenten.</p>"
    target = "<p>La <b>Région de Bruxelles-Capitale</b> compte 19 communes.</p>"

    assert check_unit(source, target, "fr", [REGION, URBAN]) == []


def test_a_glossary_term_translated_otherwise_is_a_warning():
    findings = check_unit(
        "<p>Het Brussels Hoofdstedelijk Gewest</p>", "<p>La Région bruxelloise</p>", "fr", [REGION]
    )

    assert checks(findings) == [(WARNING, "glossary")]
    assert "Région de Bruxelles-Capitale" in findings[0].message


def test_a_name_not_to_be_translated_must_stay_as_it_is():
    findings = check_unit("Samen met urban.brussels.", "Avec urbain.bruxelles.", "fr", [URBAN])

    assert checks(findings) == [(WARNING, "glossary")]


def test_missing_numbers_and_links_are_reported():
    source = '<p>In 2024, <a href="https://perspective.brussels/nl">zie hier</a>.</p>'
    target = '<p>En 2025, <a href="https://example.org">voir ici</a>.</p>'

    findings = checks(check_unit(source, target, "fr"))

    assert (ERROR, "urls") in findings
    assert (WARNING, "numbers") in findings


def test_numbers_written_the_french_way_still_match():
    assert check_unit("Budget: 1.250.000 euro", "Budget\u00a0: 1 250 000 euros", "fr") == []


def test_broken_markup_and_placeholders_are_errors():
    findings = check_unit("<p>Een <b>vet</b> woord %(name)s</p>", "<p>Un mot gras</p>", "fr")

    assert checks(findings) == [(ERROR, "markup"), (ERROR, "markup")]
    assert all(finding.is_error for finding in findings)


def test_leading_or_trailing_spaces_are_a_warning():
    assert checks(check_unit("Titel", " Titre ", "fr")) == [(WARNING, "whitespace")]


def test_a_translation_equal_to_the_source_is_reported_unless_it_is_only_names():
    assert checks(check_unit("Samenwerking", "Samenwerking", "fr")) == [(WARNING, "untranslated")]
    assert check_unit("urban.brussels", "urban.brussels", "fr", [URBAN]) == []


def test_an_empty_translation_is_missing_not_checked():
    assert check_unit("Tekst", "", "fr") == []


@pytest.mark.django_db
def test_the_glossary_is_seeded_with_the_official_names():
    terms = {term.term_nl: term for term in GlossaryTerm.objects.all()}

    assert terms["Brussels Hoofdstedelijk Gewest"].term_fr == "Région de Bruxelles-Capitale"
    assert terms["Leefmilieu Brussel"].term_fr == "Bruxelles Environnement"
    assert terms["Leefmilieu Brussel"].term_en == "Brussels Environment"
    assert terms["Vlaanderen"].term_fr == "Flandre"
    assert terms["Wallonië"].term_en == "Wallonia"
    for name in ("urban.brussels", "visit.brussels", "hub.brussels", "perspective.brussels"):
        assert terms[name].do_not_translate
    assert len(glossary_entries()) == len(terms)
