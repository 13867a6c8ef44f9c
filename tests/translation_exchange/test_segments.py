"""Rich text and StreamField fields travel as segments: one per paragraph, heading, list item
and block text, with stable keys and protected inline markup."""

import copy
from xml.etree import ElementTree as ET  # noqa: S405  (writing; reading uses defusedxml)

import polib
import pytest
from defusedxml import ElementTree as SafeET
from django.utils import translation
from wagtail.rich_text import RichText

from objectives.models import ObjectivePage
from strategy_site.translation_exchange.catalogue import export_entries
from strategy_site.translation_exchange.importer import import_translations
from strategy_site.translation_exchange.po_format import write_po
from strategy_site.translation_exchange.xliff_format import write_xliff
from strategy_site.translation_status.segments import field_segments

pytestmark = pytest.mark.django_db

XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"
PARAGRAPHS = (
    '<p data-block-key="k1">Een <b>vet</b> woord en een '
    '<a href="https://example.org/nl/">link</a>.</p>'
    '<p data-block-key="k2">Een tweede alinea.</p>'
    '<ul><li data-block-key="k3">Eerste punt</li><li data-block-key="k4">Tweede punt</li></ul>'
)


def objective_with_body(french=None):
    page = ObjectivePage.objects.order_by("path").first()
    page.body_nl = [
        ("heading", {"text": "Samenwerking", "level": "h2"}),
        ("paragraph", RichText(PARAGRAPHS)),
    ]
    page.body_fr = french or []
    page.save_revision().publish()
    return ObjectivePage.objects.get(pk=page.pk)


def body_entries(page, **options):
    prefix = f"objectives.objectivepage:{page.pk}:body:"
    return [e for e in export_entries("fr", **options) if e.identifier.startswith(prefix)]


def po_of(entries, translations):
    po = polib.pofile(write_po(entries, "fr"))
    for entry in po:
        for source, target in translations.items():
            if entry.msgid == source:
                entry.msgstr = target
    return str(po)


FRENCH = {
    "Samenwerking": "Coopération",
    "Een {1}vet{/1} woord en een {2}link{/2}.": "Un {2}lien{/2} et un mot en {1}gras{/1}.",
    "Een tweede alinea.": "Un deuxième paragraphe.",
    "Eerste punt": "Premier point",
    "Tweede punt": "Deuxième point",
}


def translated_body(page):
    return ObjectivePage.objects.get(pk=page.pk).get_latest_revision_as_object().body_fr


def test_an_objective_body_is_translated_paragraph_by_paragraph_without_markup(superuser):
    page = objective_with_body()
    entries = body_entries(page)
    po = polib.pofile(write_po(entries, "fr"))

    # The translator sees text and numbered placeholders: no tags, no attributes, no blocks.
    assert [entry.msgid for entry in po] == list(FRENCH)
    assert all("<" not in entry.msgid and "data-" not in entry.msgid for entry in po)

    report = import_translations(po_of(entries, FRENCH), "fr", user=superuser)

    assert not report.errors and len(report.changes) == 5
    body = translated_body(page)
    source = ObjectivePage.objects.get(pk=page.pk).body_nl
    # The Dutch structure, block ids and paragraph keys; the link keeps its Dutch address.
    assert [(b.block_type, b.id) for b in body] == [(b.block_type, b.id) for b in source]
    assert body[0].value["text"] == "Coopération" and body[0].value["level"] == "h2"
    assert body[1].value.source == (
        '<p data-block-key="k1">Un <a href="https://example.org/nl/">lien</a> et un mot en '
        "<b>gras</b>.</p>"
        '<p data-block-key="k2">Un deuxième paragraphe.</p>'
        '<ul><li data-block-key="k3">Premier point</li>'
        '<li data-block-key="k4">Deuxième point</li></ul>'
    )


def test_the_xliff_export_carries_inline_codes_and_reads_them_back(superuser):
    page = objective_with_body()
    document = write_xliff(body_entries(page), "fr")
    root = SafeET.fromstring(document.encode())
    sources = {
        u.get("id").rsplit(":", 1)[-1]: u.find(f"{XLIFF}segment/{XLIFF}source")
        for u in root.iter(f"{XLIFF}unit")
    }

    first = sources["k1"]
    assert first.text == "Een "
    assert [(code.tag, code.get("id"), code.get("type")) for code in first] == [
        (f"{XLIFF}pc", "1", "fmt"),
        (f"{XLIFF}pc", "2", "link"),
    ]
    assert "href" not in document and "data-block-key" not in document

    # A CAT tool's "copy source to target", then one paragraph translated.
    ET.register_namespace("", XLIFF[1:-1])
    for unit in root.iter(f"{XLIFF}unit"):
        segment = unit.find(f"{XLIFF}segment")
        target = copy.deepcopy(segment.find(f"{XLIFF}source"))
        target.tag = f"{XLIFF}target"
        if target.text == "Een tweede alinea.":
            target.text = "Un deuxième paragraphe."
        segment.append(target)
    translated = ET.tostring(root, encoding="unicode")
    report = import_translations(translated, "fr", user=superuser)

    assert not report.errors
    assert "Un deuxième paragraphe." in translated_body(page)[1].value.source


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("Un mot en {1}gras{/1} et un lien.", "missing: 2"),
        ("Un {2}lien{/2} et un mot en {1}gras{/1}{3}{/3}.", "unknown or repeated: 3"),
        ("Un {1}mot {2}lien{/1} gras{/2}.", "closes a code that is not the last one opened"),
        ("Un {1}mot{/1} et {2}lien{/2} {", "A lone “{”"),
        ("Un {1}mot{/1} et un {2}lien.", "is never closed"),
    ],
)
def test_broken_placeholders_are_an_error_of_that_segment_only(superuser, target, message):
    page = objective_with_body()
    entries = body_entries(page)

    with translation.override("en"):
        report = import_translations(
            po_of(entries, {**FRENCH, "Een {1}vet{/1} woord en een {2}link{/2}.": target}),
            "fr",
            user=superuser,
        )

    errors = dict(report.errors)
    bad = next(e.identifier for e in entries if e.identifier.endswith(":k1"))
    assert message in errors.pop(bad)
    # The field cannot be built without that paragraph: refused as a whole, nothing stored.
    assert list(errors) == [f"objectives.objectivepage:{page.pk}:body"]
    assert "have no translation" in errors[f"objectives.objectivepage:{page.pk}:body"]
    assert not translated_body(page)


def test_keys_survive_reordering_and_insertion():
    page = objective_with_body()
    field = ObjectivePage._meta.get_field("body")
    before = {s.key: s.plain for s in field_segments(field, page.body_nl)}

    data = field.stream_block.get_prep_value(page.body_nl)
    inserted = {"type": "paragraph", "value": '<p data-block-key="new">Nieuw.</p>', "id": "n-1"}
    data = [inserted, data[1], data[0]]
    data[1]["value"] = data[1]["value"].replace(
        '<p data-block-key="k2">',
        '<p data-block-key="k0">Een nieuwe inleiding.</p><p data-block-key="k2">',
    )
    after = {s.key: s.plain for s in field_segments(field, field.stream_block.to_python(data))}

    assert {k: v for k, v in after.items() if k in before} == before
    assert sorted(v for k, v in after.items() if k not in before) == [
        "Een nieuwe inleiding.",
        "Nieuw.",
    ]


def test_editing_one_dutch_paragraph_makes_exactly_one_french_segment_stale(superuser):
    page = objective_with_body()
    import_translations(po_of(body_entries(page), FRENCH), "fr", user=superuser)
    draft = ObjectivePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    stream_block = ObjectivePage._meta.get_field("body").stream_block
    data = stream_block.get_prep_value(draft.body_nl)
    data[1]["value"] = data[1]["value"].replace("Een tweede alinea.", "Een herziene tweede alinea.")
    draft.body_nl = stream_block.to_python(data)
    draft.save_revision()

    stale = body_entries(ObjectivePage.objects.get(pk=page.pk), only="stale")

    assert [(e.identifier.rsplit(":", 1)[-1], e.target) for e in stale] == [
        ("k2", "Un deuxième paragraphe.")
    ]
    assert stale[0].source == "Een herziene tweede alinea."
