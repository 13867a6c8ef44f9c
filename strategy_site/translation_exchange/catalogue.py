"""The entries handed to a translation agency for one language, and read back from it."""

from dataclasses import dataclass, field

from django.utils import translation
from wagtail.models import Page

from strategy_site.translation_status.field_text import for_export, is_filled, text_hash
from strategy_site.translation_status.models import glossary_entries
from strategy_site.translation_status.quality_checks import terms_used
from strategy_site.translation_status.segments import (
    check_codes,
    codes_as_in_source,
    is_segmented,
    unit_segments,
)
from strategy_site.translation_status.source_tracking import (
    is_stale,
    load_records,
    stale_segment_keys,
)
from strategy_site.translation_status.translatable_content import SOURCE_LANGUAGE, load_items
from strategy_site.translation_status.translation_memory import (
    MEMORY_SEGMENT_KIND,
    exact_matches,
    fuzzy_matches,
)

ONLY_CHOICES = ("missing", "stale")


@dataclass
class Entry:
    """One field of one object: its stable identifier, texts and context."""

    identifier: str
    source: str
    target: str
    source_hash: str = ""
    target_hash: str = ""
    item_label: str = ""
    url: str = ""
    field_label: str = ""
    kind: str = "text"
    stale: bool = False
    # A segment of a rich text or StreamField field: `source` and `target` hold inline codes
    # (`segments`), which each file format writes in its own notation.
    segmented: bool = False
    # Set by a reader when the entry's text cannot be understood (e.g. broken placeholders):
    # an error for this entry only.
    error: str = ""
    # From the translation memory, for an entry with no translation: `suggestion` is an exact
    # match's target (written as a draft to review, never counted as the translation), and
    # `memory_notes` the fuzzy matches as (score, plain text).
    suggestion: str = ""
    memory_notes: list = field(default_factory=list)
    # The glossary's entries (`quality_checks.GlossaryEntry`) for the terms the source uses.
    glossary: list = field(default_factory=list)
    # Read back: the target is still a memory suggestion waiting for review (PO `fuzzy`).
    awaiting_review: bool = False

    @property
    def memory_kind(self):
        """The kind of memory entry that can fill this entry as is."""
        return MEMORY_SEGMENT_KIND if self.segmented else self.kind


def field_identifier(identifier):
    """The field's identifier (`app.model:pk:field`) of an entry, or a segment of it."""
    return ":".join(identifier.split(":")[:3])


def is_segment_identifier(identifier):
    return identifier.count(":") > 2


def _public_url(obj, language):
    if not isinstance(obj, Page):
        return ""
    with translation.override(language):
        return obj.get_url() or ""


def export_entries(language, only=None, section=None, progress=None):
    """Every translatable field with Dutch text, as Entries for `language`.

    `only="missing"` keeps fields with no translation, `only="stale"` those whose source
    changed since they were translated; `section` narrows to a page's subtree.
    """
    items = load_items(section=section)
    records = load_records()
    entries = []
    for item in progress(items) if progress else items:
        url = _public_url(item.obj, language)
        for unit in item.units:
            if is_segmented(unit.model_field):
                entries.extend(_segment_entries(item, unit, language, records, url, only))
                continue
            source = unit.text(SOURCE_LANGUAGE)
            if not is_filled(source):
                continue
            target = unit.text(language)
            source_hash = text_hash(source)
            stale = is_stale(unit, language, records, source_hash)
            if only == "missing" and is_filled(target):
                continue
            if only == "stale" and not stale:
                continue
            entries.append(
                Entry(
                    identifier=unit.identifier,
                    source=for_export(source),
                    target=for_export(target) if is_filled(target) else "",
                    source_hash=source_hash,
                    target_hash=text_hash(target),
                    item_label=str(item.label),
                    url=url,
                    field_label=unit.label,
                    kind=unit.kind,
                    stale=stale,
                )
            )
    glossary = glossary_entries()
    for entry in entries:
        entry.glossary = terms_used(entry.source, glossary)
    return with_memory(entries, language)


def with_memory(entries, language):
    """`entries`, those without a translation given the memory's exact match as a suggestion
    and the others' fuzzy matches as notes: two queries for the whole export.

    A segment's suggestion must carry the source's inline codes, of the same kinds: a match
    whose markup differs (the memory matches plain text) is only a note.
    """
    untranslated = [entry for entry in entries if not entry.target]
    exact = exact_matches([(e.source, e.memory_kind) for e in untranslated], language)
    rest = []
    for entry in untranslated:
        match = exact.get((entry.source, entry.memory_kind))
        target = match.target if match and not entry.segmented else None
        if match and entry.segmented:
            target = codes_as_in_source(entry.source, match.target)
            if target is not None and check_codes(entry.source, target):
                target = None
        if match is None:
            rest.append(entry)
        elif target is None:
            entry.memory_notes = [(match.score, match.target_text)]
        else:
            entry.suggestion = target
    fuzzy = fuzzy_matches([(e.source, e.memory_kind) for e in rest], language)
    for entry in rest:
        entry.memory_notes = [
            (match.score, match.target_text)
            for match in fuzzy.get((entry.source, entry.memory_kind), ())
        ]
    return entries


def _segment_entries(item, unit, language, records, url, only):
    source_segments, targets = unit_segments(unit, SOURCE_LANGUAGE, language)
    stale_keys = stale_segment_keys(unit, language, records)
    entries = []
    for segment in source_segments:
        target = targets.get(segment.key, "")
        stale = segment.key in stale_keys and bool(target)
        if only == "missing" and target:
            continue
        if only == "stale" and not stale:
            continue
        entries.append(
            Entry(
                identifier=f"{unit.identifier}:{segment.key}",
                source=segment.text,
                target=target,
                source_hash=text_hash(segment.text),
                target_hash=text_hash(target),
                item_label=str(item.label),
                url=url,
                field_label=f"{unit.label} – {segment.label}" if segment.label else unit.label,
                kind=unit.kind,
                stale=stale,
                segmented=True,
            )
        )
    return entries
