"""Published rich text and StreamField translations feed the memory paragraph by paragraph."""

import pytest
from wagtail.rich_text import RichText

from objectives.models import ObjectivePage
from strategy_site.translation_exchange.catalogue import export_entries
from strategy_site.translation_status.segments import codes_as_in_source
from strategy_site.translation_status.translation_memory import MEMORY_SEGMENT_KIND, lookup

pytestmark = pytest.mark.django_db

SHARED = "Het Gewest werkt samen met zijn buren aan een gedeelde strategie."


def publish_body(page, body_nl, body_fr):
    page.body_nl = body_nl
    page.body_fr = body_fr
    page.save_revision().publish()
    return ObjectivePage.objects.get(pk=page.pk)


def paragraphs(*keyed):
    return [("paragraph", RichText("".join(f'<p data-block-key="{k}">{t}</p>' for k, t in keyed)))]


FRENCH = "La Région coopère avec ses voisins à une stratégie commune."


def test_a_paragraph_translated_once_is_an_exact_match_on_another_page():
    first, second = ObjectivePage.objects.order_by("path")[:2]
    publish_body(
        first,
        paragraphs(("a1", SHARED), ("a2", "Alleen hier.")),
        paragraphs(("a1", FRENCH), ("a2", "Seulement ici.")),
    )
    second = publish_body(second, paragraphs(("b1", "Een nieuwe inleiding."), ("b2", SHARED)), [])

    matches = lookup(SHARED, "fr", MEMORY_SEGMENT_KIND)
    assert matches and matches[0].is_exact
    assert matches[0].target == "La Région coopère avec ses voisins à une stratégie commune."

    prefix = f"objectives.objectivepage:{second.pk}:body:"
    entries = {e.source: e for e in export_entries("fr") if e.identifier.startswith(prefix)}
    assert entries[SHARED].suggestion == (
        "La Région coopère avec ses voisins à une stratégie commune."
    )
    assert entries["Een nieuwe inleiding."].suggestion == ""


def test_a_paragraph_whose_dutch_changed_since_its_translation_is_not_remembered():
    page = ObjectivePage.objects.order_by("path").first()
    page = publish_body(
        page,
        [("paragraph", RichText('<p data-block-key="c1">Eerste versie van de alinea.</p>'))],
        [("paragraph", RichText('<p data-block-key="c1">Première version du paragraphe.</p>'))],
    )
    page.body_nl = [
        ("paragraph", RichText('<p data-block-key="c1">Tweede, herwerkte versie van de tekst.</p>'))
    ]
    page.save_revision().publish()

    assert lookup("Eerste versie van de alinea.", "fr", MEMORY_SEGMENT_KIND)[0].is_exact
    assert lookup("Tweede, herwerkte versie van de tekst.", "fr", MEMORY_SEGMENT_KIND) == []


def test_a_remembered_segment_takes_the_source_codes_and_an_unclear_order_is_refused():
    source = 'Een <pc id="1" type="fmt">vet</pc> woord en een <pc id="2" type="link">link</pc>.'
    french = 'Un <pc id="1" type="link">lien</pc> et un mot en <pc id="2" type="fmt">gras</pc>.'

    assert codes_as_in_source(source, french) == (
        'Un <pc id="2" type="link">lien</pc> et un mot en <pc id="1" type="fmt">gras</pc>.'
    )
    # Which French link is which Dutch one cannot be known: better no suggestion.
    two_links = '<pc id="1" type="link">A</pc> en <pc id="2" type="link">B</pc>'
    assert codes_as_in_source(two_links, two_links.replace(" en ", " et ")) is None
    assert codes_as_in_source(source, "Un mot en gras.") is None
