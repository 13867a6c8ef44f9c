"""XLIFF 2.0 documents (OASIS XLIFF Version 2.0, core module only).

One `<unit>` per field, its `id` the field's identifier; the unit's `<notes>` give the page,
its address and the field, and the hashes taken at export time; rich text and StreamField
HTML travel as escaped text inside `<source>` and `<target>`.
"""

from xml.etree import ElementTree as ET  # noqa: S405  (writing only; reading uses defusedxml)

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from strategy_site.translation_status.translatable_content import kind_label

from .catalogue import Entry
from .po_format import InvalidFile

NS = "urn:oasis:names:tc:xliff:document:2.0"
Q = f"{{{NS}}}"


def write_xliff(entries, language, source_language="nl"):
    ET.register_namespace("", NS)
    root = ET.Element(
        f"{Q}xliff", {"version": "2.0", "srcLang": source_language, "trgLang": language}
    )
    file_element = ET.SubElement(root, f"{Q}file", {"id": "strategy-site"})
    for entry in entries:
        unit = ET.SubElement(file_element, f"{Q}unit", {"id": entry.identifier})
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
        state = "translated" if entry.target and not entry.stale else "initial"
        segment = ET.SubElement(unit, f"{Q}segment", {"state": state})
        ET.SubElement(segment, f"{Q}source").text = entry.source
        if entry.target:
            ET.SubElement(segment, f"{Q}target").text = entry.target
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _text(element):
    if element is None:
        return ""
    if len(element):
        raise InvalidFile("inline XLIFF markup is not supported: keep HTML as text")
    return element.text or ""


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
        entries.append(
            Entry(
                identifier=unit.get("id", ""),
                source=_text(segments[0].find(f"{Q}source")),
                target=_text(segments[0].find(f"{Q}target")),
                source_hash=notes.get("source-hash", ""),
                target_hash=notes.get("target-hash", ""),
            )
        )
    return language, entries
