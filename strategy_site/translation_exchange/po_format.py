"""Gettext PO files: one entry per field or segment, `msgctxt` the identifier, `msgid` the
Dutch text. A segment's inline markup is numbered placeholders (`{1}bold{/1}`, `{2/}`, a
literal brace doubled), checked on import (`segments.from_placeholders`).

The extracted comments (#.) give the translator the page, its address and the field, and
carry the hashes of the source and translation at export time, so that the import can tell
a conflict from a change. Stale translations are marked `fuzzy`.

An untranslated entry whose source the translation memory holds exactly is pre-filled with
the remembered translation and marked `fuzzy`, with a translator comment (#) saying so; the
memory's fuzzy matches (≥ 75 %) are translator comments with their score. As in gettext, an
entry still marked `fuzzy` is not a translation: the import leaves it out (`awaiting_review`)
until the translator has reviewed it and removed the flag.
"""

import re

import polib
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from strategy_site.translation_status.field_text import InvalidText
from strategy_site.translation_status.segments import from_placeholders, to_placeholders
from strategy_site.translation_status.translatable_content import kind_label

from .catalogue import Entry, is_segment_identifier

# No entry has plural forms, but gettext tools expect the header.
PLURAL_FORMS = {"fr": "nplurals=2; plural=(n > 1);"}
HASH_LINE = re.compile(r"^(source|target)-hash: ([0-9a-f]*)$", re.M)


class InvalidFile(ValueError):
    pass


def write_po(entries, language, source_language="nl", translator=""):
    """The PO file of `entries`; `translator` ("Name <e-mail>") is the person exporting it,
    the Last-Translator until the agency's tool writes its own."""
    now = timezone.now().strftime("%Y-%m-%d %H:%M%z")
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "strategy-site",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Last-Translator": translator,
        "Language-Team": get_language_info(language)["name"],
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS.get(language, "nplurals=2; plural=(n != 1);"),
        "X-Source-Language": source_language,
    }
    for entry in entries:
        comment = [
            f"{entry.item_label}" + (f" — {entry.url}" if entry.url else ""),
            f"Field: {entry.field_label} ({kind_label(entry.kind)})",
            f"source-hash: {entry.source_hash}",
            f"target-hash: {entry.target_hash}",
        ]
        target = entry.target or entry.suggestion
        po.append(
            polib.POEntry(
                msgctxt=entry.identifier,
                msgid=to_placeholders(entry.source) if entry.segmented else entry.source,
                msgstr=to_placeholders(target) if entry.segmented else target,
                comment="\n".join(comment),
                tcomment="\n".join(memory_notes(entry)),
                flags=["fuzzy"] if entry.stale or entry.suggestion else [],
            )
        )
    return str(po)


def memory_notes(entry):
    """What the translation memory says about `entry`, one line each, for its translator."""
    notes = []
    if entry.suggestion:
        notes.append(_("Pre-filled from the translation memory (exact match): please review."))
    notes.extend(
        _("Translation memory, %(score)d %%: %(text)s")
        % {"score": score, "text": " ".join(text.split())}
        for score, text in entry.memory_notes
    )
    return notes


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
        entry = Entry(
            identifier=po_entry.msgctxt,
            source=po_entry.msgid,
            target=po_entry.msgstr,
            source_hash=hashes.get("source", ""),
            target_hash=hashes.get("target", ""),
            segmented=is_segment_identifier(po_entry.msgctxt),
            # As for msgfmt, a fuzzy translation is not one yet: the translator removes the
            # flag once the memory's suggestion or the stale translation is reviewed.
            awaiting_review="fuzzy" in po_entry.flags and bool(po_entry.msgstr.strip()),
        )
        if entry.segmented:
            try:
                entry.target = from_placeholders(po_entry.msgstr)
            except InvalidText as error:
                entry.error = str(error)
        entries.append(entry)
    return po.metadata["Language"], entries
