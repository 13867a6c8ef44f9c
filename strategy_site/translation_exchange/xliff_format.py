"""XLIFF 2.0 documents (OASIS XLIFF Version 2.0, core module only).

One `<unit>` per plain field or per segment of a rich text or StreamField field (see
`translation_status.segments`), its `id` the identifier; the unit's `<notes>` give the
page, its address and the field, and the hashes taken at export time. A segment's inline
markup is `<pc>`/`<ph>` inline codes, which CAT tools protect; on import only the codes of
the source may come back (`segments.restore_html`).

An untranslated unit whose source the translation memory holds exactly carries the
remembered translation as its target in state `initial`, a `translation-memory` note saying
so and the suggestion's hash; the import leaves it out while it is unchanged and still
`initial`. The memory's fuzzy matches are `translation-memory` notes with their score.

Where a unit's source uses a term of the glossary, the unit carries the Glossary module's
`<gls:glossary>` (urn:oasis:names:tc:xliff:glossary:2.0, before the notes, where the core
schema allows modules): the Dutch term and its translation, or for a name not to be
translated a definition saying so. The import ignores it.

The notes are on `<unit>`, where the core schema puts them: it allows no `<notes>` inside
`<segment>`, which is where translate-toolkit 3.20's `Xliff2File` looks for them.
"""

from xml.etree import ElementTree as ET  # noqa: S405  (writing only; reading uses defusedxml)
from xml.sax.saxutils import escape

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from django.utils.translation import gettext as _

from strategy_site.translation_status.field_text import MAX_NESTING, InvalidText, text_hash
from strategy_site.translation_status.translatable_content import kind_label

from .catalogue import Entry, is_segment_identifier
from .po_format import InvalidFile, memory_notes

NS = "urn:oasis:names:tc:xliff:document:2.0"
Q = f"{{{NS}}}"
GLOSSARY_NS = "urn:oasis:names:tc:xliff:glossary:2.0"
GLS = f"{{{GLOSSARY_NS}}}"


def write_xliff(entries, language, source_language="nl"):
    ET.register_namespace("", NS)
    ET.register_namespace("gls", GLOSSARY_NS)
    root = ET.Element(
        f"{Q}xliff", {"version": "2.0", "srcLang": source_language, "trgLang": language}
    )
    file_element = ET.SubElement(root, f"{Q}file", {"id": "strategy-site"})
    for entry in entries:
        unit = ET.SubElement(file_element, f"{Q}unit", {"id": entry.identifier})
        terms = [term for term in entry.glossary if term.target(language)]
        if terms:
            _write_glossary(ET.SubElement(unit, f"{GLS}glossary"), terms, language)
        notes = ET.SubElement(unit, f"{Q}notes")
        location = entry.item_label + (f" — {entry.url}" if entry.url else "")
        for category, text in (
            ("location", location),
            ("field", f"{entry.field_label} ({kind_label(entry.kind)})"),
            ("source-hash", entry.source_hash),
            ("target-hash", entry.target_hash),
        ):
            ET.SubElement(notes, f"{Q}note", {"category": category}).text = text
        if entry.stale:
            ET.SubElement(notes, f"{Q}note", {"category": "status"}).text = "needs review"
        for text in memory_notes(entry):
            ET.SubElement(notes, f"{Q}note", {"category": "translation-memory"}).text = text
        if entry.suggestion:
            ET.SubElement(notes, f"{Q}note", {"category": "suggestion-hash"}).text = text_hash(
                entry.suggestion
            )
        state = "translated" if entry.target and not entry.stale else "initial"
        segment = ET.SubElement(unit, f"{Q}segment", {"state": state})
        _write_text(ET.SubElement(segment, f"{Q}source"), entry.source, entry.segmented)
        if target := entry.target or entry.suggestion:
            _write_text(ET.SubElement(segment, f"{Q}target"), target, entry.segmented)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _write_glossary(element, terms, language):
    """The Glossary module's entries for the terms a unit's source uses: the term and its
    translation, or for a name not to be translated, a definition saying so."""
    for term in terms:
        gloss_entry = ET.SubElement(element, f"{GLS}glossEntry")
        ET.SubElement(gloss_entry, f"{GLS}term", {"source": "glossary"}).text = term.source
        if term.do_not_translate:
            ET.SubElement(gloss_entry, f"{GLS}definition").text = _(
                "A name not to be translated: write it as in the source."
            )
        else:
            ET.SubElement(gloss_entry, f"{GLS}translation").text = term.target(language)


def _write_text(element, text, segmented):
    if not segmented:
        element.text = text
        return
    fragment = SafeET.fromstring(f"<t>{text}</t>")
    element.text = fragment.text

    def copy_codes(source, target):
        for child in source:
            code = ET.SubElement(target, f"{Q}{child.tag}", dict(child.attrib))
            code.text = child.text
            code.tail = child.tail
            copy_codes(child, code)

    copy_codes(fragment, element)


def _text(element):
    if element is None:
        return ""
    if len(element):
        raise InvalidFile("inline XLIFF markup is not supported: keep HTML as text")
    return element.text or ""


def _neutral(element, depth=0):
    """A segment's text with its inline codes, as `segments` reads them."""
    if element is None:
        return ""
    if depth > MAX_NESTING:
        raise InvalidText(_("more than %(max)d tags nested") % {"max": MAX_NESTING})
    out = [escape(element.text or "")]
    for child in element:
        name = child.tag.removeprefix(Q)
        code = escape(child.get("id", ""), {'"': "&quot;"})
        if name == "pc":
            out.append(f'<pc id="{code}">{_neutral(child, depth + 1)}</pc>')
        else:  # ph, or a code this site never writes (refused on import)
            out.append(f'<{name if name == "ph" else "unknown-" + name} id="{code}"/>')
        out.append(escape(child.tail or ""))
    return "".join(out)


def read_xliff(content):
    """(language, [Entry]) from an XLIFF 2.0 document; InvalidFile if it is not one."""
    try:
        root = SafeET.fromstring(content.encode() if isinstance(content, str) else content)
    except (SafeET.ParseError, DefusedXmlException) as error:
        raise InvalidFile(f"not well-formed XML: {error}") from error
    if root.tag != f"{Q}xliff" or root.get("version") != "2.0":
        raise InvalidFile("not an XLIFF 2.0 document")
    language = root.get("trgLang")
    if not language:
        raise InvalidFile("the document names no target language (trgLang)")
    entries = []
    for unit in root.iter(f"{Q}unit"):
        notes = {note.get("category"): note.text or "" for note in unit.iter(f"{Q}note")}
        segments = unit.findall(f"{Q}segment")
        if len(segments) != 1:
            raise InvalidFile(f"unit {unit.get('id')} must have exactly one segment")
        identifier = unit.get("id", "")
        entry = Entry(
            identifier=identifier,
            source="",
            target="",
            source_hash=notes.get("source-hash", ""),
            target_hash=notes.get("target-hash", ""),
            segmented=is_segment_identifier(identifier),
        )
        read = _neutral if entry.segmented else _text
        try:
            entry.source = read(segments[0].find(f"{Q}source"))
            entry.target = read(segments[0].find(f"{Q}target"))
        except InvalidText as error:
            entry.error = str(error)
        # The memory's suggestion, left as exported in its `initial` state, is not reviewed
        # yet; a translator who edits it or sets the state to translated takes it.
        entry.awaiting_review = (
            segments[0].get("state", "initial") == "initial"
            and bool(notes.get("suggestion-hash"))
            and notes["suggestion-hash"] == text_hash(entry.target)
        )
        entries.append(entry)
    return language, entries
