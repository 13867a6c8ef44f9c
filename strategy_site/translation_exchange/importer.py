"""Reads a translated PO or XLIFF file back into the site, as drafts.

Checks first, writes after. A file that cannot be read or names another target language
is refused as a whole. Each entry is then checked on its own, and an entry that fails is
an error that blocks that entry only: an unknown or malformed identifier, malformed or
too deeply nested HTML, a value the edit form would refuse (`import_checks.cleaned_value`:
the model field's and the blocks' validation, the shared link rule), an object the user
may not change or a locked page (`import_checks.refusal`). An entry whose Dutch source
changed since the export, or whose translation was changed in the site since the export,
is a conflict: reported, never applied. Everything else is written in one transaction as
new draft revisions (never published). A dry run does the same checks and prepares the
same drafts without writing them (snippets and settings are saved, then rolled back), so
both report the same counts.

Each unit to be written then passes the translators' QA checks (`quality_checks`, with the
glossary read once per import): an error (broken markup, placeholders or links) blocks that
unit only, warnings (glossary, numbers, spaces, text left untranslated) are shown beside the
change in the preview and never block.

A target that is still a suggestion waiting for review (a PO entry marked `fuzzy`, an XLIFF
translation-memory pre-fill left unchanged in state `initial`) is not imported: it is counted
as awaiting review.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from strategy_site.translation_status.field_text import (
    InvalidText,
    canonical,
    field_text,
    is_filled,
    text_hash,
    value_from_text,
    value_text,
)
from strategy_site.translation_status.models import glossary_entries
from strategy_site.translation_status.quality_checks import check_unit
from strategy_site.translation_status.readable_diff import plain_text as visible_text
from strategy_site.translation_status.segments import (
    check_codes,
    comparable,
    is_segmented,
    plain_text,
    rebuild,
    stored_value,
    unit_segments,
)
from strategy_site.translation_status.translatable_content import (
    SOURCE_LANGUAGE,
    load_items,
    target_languages,
    units_by_identifier,
)
from strategy_site.translation_status.translation_writer import write_translations

from .catalogue import field_identifier
from .import_checks import cleaned_value, error_messages, refusals
from .po_format import InvalidFile, read_po
from .xliff_format import read_xliff


@dataclass
class Change:
    """One changed field or segment, named as the preview shows it."""

    identifier: str
    label: str  # the field's label (and the block's, for a segment)
    before: str  # text as a reader sees it: without markup for a segment
    after: str
    unit: object = None
    findings: list = field(default_factory=list)  # the QA warnings, shown beside the change

    @property
    def item_label(self):
        """The page's title (or the snippet's, setting's, image's name)."""
        return self.unit.item.label if self.unit is not None else ""


@dataclass
class ImportReport:
    language: str
    dry_run: bool
    changes: list = field(default_factory=list)
    unchanged: int = 0
    empty: int = 0
    awaiting_review: int = 0  # still a suggestion to review (PO fuzzy, XLIFF initial)
    sanitised: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)  # (identifier, reason)
    errors: list = field(default_factory=list)  # (identifier or "", reason)

    @property
    def applied(self):
        return bool(self.changes) and not self.dry_run

    def summary(self):
        return _(
            "%(changes)d changes, %(unchanged)d unchanged, %(empty)d untranslated, "
            "%(review)d awaiting review, %(conflicts)d conflicts, %(errors)d errors"
        ) % {
            "changes": len(self.changes),
            "unchanged": self.unchanged,
            "empty": self.empty,
            "review": self.awaiting_review,
            "conflicts": len(self.conflicts),
            "errors": len(self.errors),
        }


def detect_format(content):
    return "xliff" if content.lstrip().startswith("<") else "po"


def read_file(content, file_format=None):
    file_format = file_format or detect_format(content)
    return (read_xliff if file_format == "xliff" else read_po)(content)


class _Rollback(Exception):
    pass


def import_translations(content, language, *, dry_run=False, user=None, progress=None):
    report = ImportReport(language=language, dry_run=dry_run)
    if language not in target_languages():
        report.errors.append(
            ("", _("%(language)s is not a translation language.") % {"language": language})
        )
        return report
    try:
        file_language, entries = read_file(content)
    except InvalidFile as error:
        report.errors.append(("", _("The file cannot be read: %(error)s") % {"error": error}))
        return report
    if file_language.split("-")[0].split("_")[0].lower() != language:
        report.errors.append(
            (
                "",
                _("The file is a translation into “%(file)s”, not “%(language)s”.")
                % {"file": file_language, "language": language},
            )
        )
        return report

    units = units_by_identifier(load_items())
    glossary = glossary_entries()
    pending = []
    segments_by_field = {}
    for entry in progress(entries) if progress else entries:
        if entry.segmented:
            unit = units.get(field_identifier(entry.identifier))
            if unit is not None and is_segmented(unit.model_field):
                segments_by_field.setdefault(unit.identifier, (unit, []))[1].append(entry)
                continue
        unit = units.get(entry.identifier)
        if unit is None:
            report.errors.append((entry.identifier, _("Unknown identifier.")))
            continue
        if entry.awaiting_review:
            report.awaiting_review += 1
            continue
        if entry.error:
            report.errors.append((entry.identifier, entry.error))
            continue
        if not entry.target.strip():
            report.empty += 1
            continue
        current = field_text(unit.instance, unit.field_name, language)
        if canonical(entry.target) == canonical(current):
            report.unchanged += 1  # the text as exported: nothing to parse or clean
            continue
        try:
            value = cleaned_value(unit, language, value_from_text(unit.model_field, entry.target))
        except InvalidText as error:
            report.errors.append((entry.identifier, str(error)))
            continue
        except ValidationError as error:
            report.errors.append((entry.identifier, " ".join(error_messages(error))))
            continue
        new_text = _text_of(unit, value)
        if canonical(new_text) == canonical(current):
            report.unchanged += 1
            continue
        if canonical(new_text) != canonical(entry.target):
            report.sanitised.append(entry.identifier)
        if entry.source_hash != text_hash(unit.text(SOURCE_LANGUAGE)):
            report.conflicts.append(
                (entry.identifier, _("The Dutch source changed since the export."))
            )
            continue
        if is_filled(current) and entry.target_hash and entry.target_hash != text_hash(current):
            report.conflicts.append(
                (entry.identifier, _("The translation was changed in the site since the export."))
            )
            continue
        source = unit.text(SOURCE_LANGUAGE)
        if is_segmented(unit.model_field):
            # A whole rich text or StreamField value (the former format): its structure is the
            # sanitiser's and the blocks' business, the checks compare what readers see.
            source, new_text_checked = visible_text(source), visible_text(new_text)
        else:
            new_text_checked = new_text
        findings = _checked(report, entry, source, new_text_checked, glossary)
        if findings is None:
            continue
        report.changes.append(
            Change(entry.identifier, unit.label, current, new_text, unit, findings)
        )
        pending.append((unit, language, value))
    for unit, field_entries in segments_by_field.values():
        pending.extend(_segments_to_write(report, unit, language, field_entries, glossary))

    pending = _without_refused(report, pending, user)
    if not pending:
        return report
    try:
        with transaction.atomic():
            write_translations(pending, user=user, dry_run=dry_run)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    except ValidationError as error:
        report.changes.clear()
        report.errors.append(
            (
                "",
                _("The site refused the changes: %(error)s") % {"error": "; ".join(error.messages)},
            )
        )
    return report


def _checked(report, entry, source, target, glossary):
    """The warnings of `quality_checks.check_unit` for one imported unit, or None when it has
    an error, which then blocks this unit only."""
    findings = check_unit(source, target, report.language, glossary)
    errors = [finding.message for finding in findings if finding.is_error]
    if errors:
        report.errors.append((entry.identifier, " ".join(errors)))
        return None
    return findings


def _segments_to_write(report, unit, language, entries, glossary=()):
    """[(unit, language, value)] for the translated segments of one rich text or StreamField
    field: the Dutch structure, with the changed segments and the current translation of
    the others (`segments.rebuild`). Errors and conflicts are per segment; what the whole
    value fails (a part left untranslated, a block's validation) is an error of the field.
    """
    source_value = stored_value(unit.instance, unit.field_name, SOURCE_LANGUAGE)
    source_segments, current = unit_segments(unit, SOURCE_LANGUAGE, language)
    sources = {segment.key: segment for segment in source_segments}
    translations = dict(current)
    changes = []
    for entry in entries:
        key = entry.identifier[len(unit.identifier) + 1 :]
        source = sources.get(key)
        if source is None:
            report.conflicts.append(
                (entry.identifier, _("The Dutch source changed since the export."))
            )
        elif entry.awaiting_review:
            report.awaiting_review += 1
        elif not entry.error and not plain_text(entry.target).strip():
            report.empty += 1
        elif problem := entry.error or check_codes(source.text, entry.target):
            report.errors.append((entry.identifier, problem))
        elif comparable(entry.target) == comparable(current.get(key, "")):
            report.unchanged += 1
        elif entry.source_hash != text_hash(source.text):
            report.conflicts.append(
                (entry.identifier, _("The Dutch source changed since the export."))
            )
        elif key in current and entry.target_hash and entry.target_hash != text_hash(current[key]):
            report.conflicts.append(
                (entry.identifier, _("The translation was changed in the site since the export."))
            )
        elif (findings := _checked(report, entry, source.text, entry.target, glossary)) is None:
            continue
        else:
            translations[key] = entry.target
            changes.append(
                Change(
                    entry.identifier,
                    f"{unit.label} – {source.label}" if source.label else unit.label,
                    plain_text(current.get(key, "")),
                    plain_text(entry.target),
                    unit,
                    findings,
                )
            )
    if not changes:
        return []
    try:
        value = cleaned_value(unit, language, rebuild(unit.model_field, source_value, translations))
    except InvalidText as error:
        report.errors.append((unit.identifier, str(error)))
        return []
    except ValidationError as error:
        report.errors.append((unit.identifier, " ".join(error_messages(error))))
        return []
    report.changes.extend(changes)
    return [(unit, language, value)]


def _without_refused(report, pending, user):
    """`pending` without the changes to locked objects or objects `user` may not change,
    which become errors in `report`."""
    items = {id(unit.item): unit.item for unit, _language, _value in pending}
    refused = refusals(list(items.values()), user)
    if not refused:
        return pending
    kept_changes = []
    for change in report.changes:
        reason = refused.get(id(change.unit.item))
        if reason:
            report.errors.append((change.identifier, reason))
        else:
            kept_changes.append(change)
    report.changes = kept_changes
    return [change for change in pending if id(change[0].item) not in refused]


def _text_of(unit, value):
    """The text form of `value` as stored in `unit`'s field, for comparison."""
    return value_text(unit.model_field, value)
