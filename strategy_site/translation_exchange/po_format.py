"""Gettext PO files: one entry per field, `msgctxt` the identifier, `msgid` the Dutch text.

The extracted comments (#.) give the translator the page, its address and the field, and
carry the hashes of the source and translation at export time, so that the import can tell
a conflict from a change. Stale translations are marked `fuzzy`.
"""

import re

import polib

from strategy_site.translation_status.translatable_content import kind_label

from .catalogue import Entry

HASH_LINE = re.compile(r"^(source|target)-hash: ([0-9a-f]*)$", re.M)


class InvalidFile(ValueError):
    pass


def write_po(entries, language, source_language="nl"):
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "strategy-site",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Language": language,
        "X-Source-Language": source_language,
    }
    for entry in entries:
        comment = [
            f"{entry.item_label}" + (f" — {entry.url}" if entry.url else ""),
            f"Field: {entry.field_label} ({kind_label(entry.kind)})",
            f"source-hash: {entry.source_hash}",
            f"target-hash: {entry.target_hash}",
        ]
        po.append(
            polib.POEntry(
                msgctxt=entry.identifier,
                msgid=entry.source,
                msgstr=entry.target,
                comment="\n".join(comment),
                flags=["fuzzy"] if entry.stale else [],
            )
        )
    return str(po)


def read_po(content):
    """(language, [Entry]) from the text of a PO file; InvalidFile if it cannot be read."""
    try:
        po = polib.pofile(content)
    except (OSError, ValueError, UnicodeError) as error:
        raise InvalidFile(str(error)) from error
    if not po.metadata.get("Language"):
        raise InvalidFile("the file names no target language (Language header)")
    entries = []
    for po_entry in po:
        if not po_entry.msgctxt:
            raise InvalidFile(f"entry without identifier (msgctxt): {po_entry.msgid[:40]!r}")
        hashes = dict(HASH_LINE.findall(po_entry.comment or ""))
        entries.append(
            Entry(
                identifier=po_entry.msgctxt,
                source=po_entry.msgid,
                target=po_entry.msgstr,
                source_hash=hashes.get("source", ""),
                target_hash=hashes.get("target", ""),
            )
        )
    return po.metadata["Language"], entries
