"""The translation memory: approved translations, found again for a new source text.

Every published page version feeds it (`remember_units`, on `page_published`; snippets and
settings, which are live as soon as they are saved, on save): for each translated field
whose translation is current (not waiting for review), the Dutch text and its translation,
and for a rich text or StreamField field also each current segment and its translation
(kind "segment", in the segments' notation with inline codes), which exports pre-fill.
`lookup(source, language)` returns the exact match and the fuzzy matches of at least 75 %,
best first. Matching compares plain text (no markup, spaces collapsed, case ignored), word
by word: the score is difflib's similarity of the two word sequences.

Fast at 10,000 entries: only entries whose word count could reach the threshold are read
(an index on language and length, `source_length` counting words), and difflib's cheap
upper bounds discard most before the real ratio is computed (`bench/translation_memory.py`).
"""

import difflib
import hashlib
import re
from dataclasses import dataclass

from django.db.models.signals import post_save
from wagtail.signals import page_published

from .field_text import is_filled
from .models import MemoryEntry
from .readable_diff import plain_text
from .segments import (
    codes_as_in_source,
    is_segmented,
    unit_segments,
)
from .segments import plain_text as segment_plain_text
from .source_tracking import is_stale, load_records, stale_segment_keys, units_of
from .translatable_content import SOURCE_LANGUAGE, standalone_models, target_languages

FUZZY_THRESHOLD = 0.75
# The kind of a segment of a rich text or StreamField field (`segments`): its text with inline
# codes, which fits any segment with the same codes.
MEMORY_SEGMENT_KIND = "segment"
WORD = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Match:
    entry_id: int
    score: int  # percent; 100 for an exact match
    source: str  # plain text
    target: str  # as the field holds it
    kind: str

    @property
    def is_exact(self):
        return self.score == 100

    @property
    def target_text(self):
        return plain_text(self.target)


def normalised(text):
    return " ".join(plain_text(text).split()).casefold()


def _words(normal):
    return WORD.findall(normal)


def _hash(normal):
    return hashlib.sha256(normal.encode()).hexdigest()[:32]


def new_entry(source, target, language, kind="text"):
    """An unsaved entry for one translation (None for an empty source), for bulk loads."""
    normal = normalised(source)
    if not normal:
        return None
    return MemoryEntry(
        language=language,
        kind=kind,
        source_hash=_hash(normal),
        source_text=plain_text(source),
        source_length=len(_words(normal)),
        target=target,
    )


def remember(source, target, language, kind="text"):
    """Stores one approved translation (the latest wins for the same source)."""
    entry = new_entry(source, target, language, kind)
    if entry is None or not is_filled(target):
        return
    MemoryEntry.objects.update_or_create(
        language=language,
        kind=kind,
        source_hash=entry.source_hash,
        defaults={
            "source_text": entry.source_text,
            "source_length": entry.source_length,
            "target": target,
        },
    )


def remember_units(units):
    """Feeds the memory with every current translation of `units`: each field whole, and a
    rich text or StreamField field also segment by segment (paragraph, heading, list item,
    block text), so that a paragraph translated once is found again on another page."""
    records = load_records(units)
    pairs = []  # (source, target, language, kind)
    for unit in units:
        source = unit.text(SOURCE_LANGUAGE)
        for language in target_languages():
            target = unit.text(language)
            if is_filled(target) and not is_stale(unit, language, records):
                pairs.append((source, target, language, unit.kind))
            if is_segmented(unit.model_field):
                pairs.extend(
                    (source_segment, target_segment, language, MEMORY_SEGMENT_KIND)
                    for source_segment, target_segment in _current_segments(unit, language, records)
                )
    # One row per source: a statement may not update the same row twice (the latest wins).
    entries = {}
    for pair in pairs:
        entry = new_entry(*pair)
        if entry is not None:
            entries[(entry.language, entry.kind, entry.source_hash)] = entry
    _store(list(entries.values()))


def _current_segments(unit, language, records):
    """[(source segment, its translation)] of a rich text or StreamField unit, in the
    segments' notation (`segments`), leaving out the segments whose source changed since."""
    source_segments, targets = unit_segments(unit, SOURCE_LANGUAGE, language)
    if not targets:
        return []
    stale = stale_segment_keys(unit, language, records)
    pairs = []
    for segment in source_segments:
        target = targets.get(segment.key, "")
        if segment.key in stale or not segment_plain_text(target).strip():
            continue
        target = codes_as_in_source(segment.text, target)
        if target is not None:
            pairs.append((segment.text, target))
    return pairs


def _store(entries):
    """Saves new entries, replacing the translation of a source already remembered (one
    query)."""
    if entries:
        MemoryEntry.objects.bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["language", "kind", "source_hash"],
            update_fields=["source_text", "source_length", "target", "updated_at"],
        )


def exact_match(source, language, kind=None):
    """The remembered translation of exactly `source` (markup, spaces and case ignored), or
    None; one indexed query, for pre-filling a whole export."""
    normal = normalised(source)
    if not normal:
        return None
    entries = MemoryEntry.objects.filter(language=language, source_hash=_hash(normal))
    if kind:
        entries = entries.filter(kind=kind)
    entry = entries.order_by("-updated_at").first()
    if entry is None:
        return None
    return Match(entry.pk, 100, entry.source_text, entry.target, entry.kind)


def lookup(source, language, kind=None, limit=3, threshold=FUZZY_THRESHOLD):
    """The best matches for `source` in `language`: [Match], exact first, then by score.

    `kind` ("text", "rich_text", "stream") keeps to translations of the same kind of field,
    whose target can be used as is. For exact matches alone, `exact_match` is much cheaper.
    """
    normal = normalised(source)
    words = _words(normal)
    if not words:
        return []
    shortest, longest = _length_bounds(len(words), threshold)
    entries = MemoryEntry.objects.filter(
        language=language, source_length__gte=shortest, source_length__lte=longest
    )
    if kind:
        entries = entries.filter(kind=kind)
    rows = entries.values_list("pk", "source_hash", "source_text", "target", "kind")
    return _best(normal, words, rows, limit, threshold)


def _length_bounds(count, threshold):
    # ratio = 2·matches / (n + m) ≥ t needs t·n / (2 − t) ≤ m ≤ (2 − t)·n / t.
    return int(count * threshold / (2 - threshold)), int(count * (2 - threshold) / threshold) + 1


def _best(normal, words, rows, limit, threshold):
    exact_hash = _hash(normal)
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(words)
    matches = []
    for entry_id, source_hash, source_text, target, entry_kind in rows:
        if source_hash == exact_hash:
            matches.append(Match(entry_id, 100, source_text, target, entry_kind))
            continue
        matcher.set_seq1(_words(" ".join(source_text.split()).casefold()))
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            continue
        ratio = matcher.ratio()
        if ratio >= threshold:
            score = min(99, int(ratio * 100))
            matches.append(Match(entry_id, score, source_text, target, entry_kind))
    matches.sort(key=lambda match: -match.score)
    return matches[:limit]


def exact_matches(requests, language):
    """{(source, kind): Match} for each (source, kind) of `requests` that the memory holds
    exactly: one query for a whole export."""
    keys = {}
    for source, kind in requests:
        normal = normalised(source)
        if normal:
            keys.setdefault((_hash(normal), kind), []).append((source, kind))
    found = {}
    entries = MemoryEntry.objects.filter(
        language=language, source_hash__in={source_hash for source_hash, _kind in keys}
    ).order_by("updated_at")  # the latest wins
    for entry in entries:
        for request in keys.get((entry.source_hash, entry.kind), ()):
            found[request] = Match(entry.pk, 100, entry.source_text, entry.target, entry.kind)
    return found


def fuzzy_matches(requests, language, limit=3, threshold=FUZZY_THRESHOLD):
    """{(source, kind): [Match]} for the (source, kind) `requests`, as `lookup` finds them, but
    with one query for all of them: the entries of every length one of them could match."""
    wanted = {}
    for source, kind in requests:
        normal = normalised(source)
        if normal:
            wanted[(source, kind)] = (normal, _words(normal))
    if not wanted:
        return {}
    bounds = [_length_bounds(len(words), threshold) for _normal, words in wanted.values()]
    rows_by_kind = {}
    for row in MemoryEntry.objects.filter(
        language=language,
        kind__in={kind for _source, kind in wanted},
        source_length__gte=min(low for low, _high in bounds),
        source_length__lte=max(high for _low, high in bounds),
    ).values_list("pk", "source_hash", "source_text", "target", "kind", "source_length"):
        rows_by_kind.setdefault(row[4], []).append(row)
    found = {}
    for (source, kind), (normal, words) in wanted.items():
        low, high = _length_bounds(len(words), threshold)
        rows = [row[:5] for row in rows_by_kind.get(kind, ()) if low <= row[5] <= high]
        matches = _best(normal, words, rows, limit, threshold)
        if matches:
            found[(source, kind)] = matches
    return found


def _remember_published_page(sender, instance, **kwargs):
    remember_units(units_of(instance.specific))


def _remember_saved_object(sender, instance, raw=False, **kwargs):
    if not raw:
        remember_units(units_of(instance))


def connect():
    page_published.connect(_remember_published_page, dispatch_uid="translation-memory-pages")
    for model in standalone_models():
        post_save.connect(
            _remember_saved_object,
            sender=model,
            dispatch_uid=f"translation-memory-{model.__name__}",
        )
