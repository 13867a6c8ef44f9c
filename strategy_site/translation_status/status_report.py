"""The figures of the translation status view: a status per item and language, percentages."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .field_text import text_hash
from .source_tracking import is_stale, load_records
from .translatable_content import SOURCE_LANGUAGE, content_languages, load_items, sections_of

COMPLETE = "complete"
MISSING = "missing"
NEEDS_REVIEW = "needs_review"
STATUS_LABELS = {
    COMPLETE: _("Complete"),
    MISSING: _("Missing"),
    NEEDS_REVIEW: _("Needs review"),
}


@dataclass
class LanguageStatus:
    item: object
    language: str
    status: str
    missing_units: list
    stale_units: list

    @property
    def missing_links(self):
        """(unit, the address of its field in the edit form) for each missing field."""
        return [(unit, self.item.field_url(unit, self.language)) for unit in self.missing_units]

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass
class ItemRow:
    item: object
    statuses: dict  # language -> LanguageStatus
    cells: list = None  # the statuses of the languages shown, in order


@dataclass
class Progress:
    language: str
    complete: int
    total: int

    @property
    def percentage(self):
        return round(100 * self.complete / self.total) if self.total else 100


def item_statuses(item, records):
    source_hashes = {unit.identifier: text_hash(unit.text(SOURCE_LANGUAGE)) for unit in item.units}
    statuses = {}
    for language in content_languages():
        missing = [] if item.is_translated(language) else item.missing_units(language)
        stale = []
        if language != SOURCE_LANGUAGE:
            stale = [
                unit
                for unit in item.units
                if is_stale(unit, language, records, source_hashes[unit.identifier])
            ]
        if not item.is_translated(language):
            status = MISSING
        elif stale:
            status = NEEDS_REVIEW
        else:
            status = COMPLETE
        statuses[language] = LanguageStatus(item, language, status, missing, stale)
    return statuses


def progress(rows, languages):
    return [
        Progress(
            language,
            sum(1 for row in rows if row.statuses[language].status == COMPLETE),
            len(rows),
        )
        for language in languages
    ]


@dataclass
class StatusReport:
    rows: list  # after every filter
    languages: list
    site_progress: list
    section_progress: list  # [(section, [Progress])]
    sections: list


def build_report(language=None, status=None, section=None):
    """The whole site's status. Queries: a fixed number, whatever the number of pages."""
    all_items = load_items()
    records = load_records()
    all_rows = [ItemRow(item, item_statuses(item, records)) for item in all_items]
    languages = [language] if language else content_languages()
    sections = sections_of(all_items)
    section_progress = [
        (sec, progress([row for row in all_rows if row.item.section.key == sec.key], languages))
        for sec in sections
    ]
    for row in all_rows:
        row.cells = [row.statuses[code] for code in languages]
    rows = all_rows
    if section:
        rows = [row for row in rows if row.item.section.key == str(section)]
    if status:
        rows = [
            row for row in rows if any(row.statuses[code].status == status for code in languages)
        ]
    return StatusReport(
        rows=rows,
        languages=languages,
        site_progress=progress(all_rows, languages),
        section_progress=section_progress,
        sections=sections,
    )
