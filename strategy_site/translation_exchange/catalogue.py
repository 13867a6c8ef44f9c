"""The entries handed to a translation agency for one language, and read back from it."""

from dataclasses import dataclass

from django.utils import translation
from wagtail.models import Page

from strategy_site.translation_status.field_text import for_export, is_filled, text_hash
from strategy_site.translation_status.source_tracking import is_stale, load_records
from strategy_site.translation_status.translatable_content import SOURCE_LANGUAGE, load_items

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
    return entries
