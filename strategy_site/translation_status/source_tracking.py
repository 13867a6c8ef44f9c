"""Which source text each translation was made from, and so which translations are stale.

Every saved version of a translatable object (a page revision, a snippet or setting save)
passes through `record_translations`: a translation that is new or changed is recorded as
made from the source text of that same version. A translation left untouched keeps its
record, so when the Dutch text later changes it "needs review" until a translator changes
it or marks it reviewed. Hashes are taken of canonical text (see `field_text.canonical`),
so saving an unchanged text through the rich text editor never raises a false alarm, and
reverting the source to what was translated clears the warning.
"""

import difflib
import re

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.base import ModelState
from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import DraftStateMixin, Page, Revision

from .field_text import for_export, is_filled, text_hash
from .models import TranslationRecord
from .segments import changed_segment_keys, stored_value
from .translatable_content import (
    SOURCE_LANGUAGE,
    TranslatableItem,
    TranslationUnit,
    _units,
    content_languages,
    target_languages,
    translatable_children,
    translated_field_names,
)


def units_of(obj):
    item = TranslatableItem(obj, "", None)
    item.units = _units(item)
    return item.units


def _record_key(unit, language):
    content_type = ContentType.objects.get_for_model(unit.instance)
    return (content_type.pk, str(unit.instance.pk), unit.field_name, language)


def load_records(units=None):
    """Records as {(content type id, object id, field, language): record}; one query."""
    queryset = TranslationRecord.objects.all()
    if units is not None:
        condition = Q(pk__in=[])
        by_type = {}
        for unit in units:
            content_type = ContentType.objects.get_for_model(unit.instance)
            by_type.setdefault(content_type.pk, set()).add(str(unit.instance.pk))
        for content_type_id, ids in by_type.items():
            condition |= Q(content_type_id=content_type_id, object_id__in=ids)
        queryset = queryset.filter(condition)
    return {(r.content_type_id, r.object_id, r.field_name, r.language): r for r in queryset}


def record_translations(units):
    """Record the source of every translation that is new or changed in `units`."""
    units = [unit for unit in units if unit.instance.pk is not None]
    if not units:
        return
    records = load_records(units)
    changed = []
    for unit in units:
        source = None
        for language in target_languages():
            target = unit.text(language)
            if not is_filled(target):
                continue
            key = _record_key(unit, language)
            record = records.get(key)
            target_hash = text_hash(target)
            if record is not None and record.target_hash == target_hash:
                continue
            if source is None:
                source = unit.text(SOURCE_LANGUAGE)
            changed.append(
                TranslationRecord(
                    content_type_id=key[0],
                    object_id=key[1],
                    field_name=key[2],
                    language=key[3],
                    source_hash=text_hash(source),
                    source_text=for_export(source),
                    target_hash=target_hash,
                )
            )
    # New and changed records in one statement: an existing record is updated in place
    # (bulk_update's CASE expressions cost more than everything else for a large import).
    TranslationRecord.objects.bulk_create(
        changed,
        update_conflicts=True,
        unique_fields=["content_type", "object_id", "field_name", "language"],
        update_fields=["source_hash", "source_text", "target_hash", "updated_at"],
    )


def mark_reviewed(unit, language):
    """The translation stays as it is and now counts as made from the current source."""
    source = unit.text(SOURCE_LANGUAGE)
    content_type_id, object_id, field_name, _language = _record_key(unit, language)
    TranslationRecord.objects.update_or_create(
        content_type_id=content_type_id,
        object_id=object_id,
        field_name=field_name,
        language=language,
        defaults={
            "source_hash": text_hash(source),
            "source_text": for_export(source),
            "target_hash": text_hash(unit.text(language)),
        },
    )


def is_stale(unit, language, records, source_hash=None):
    target = unit.text(language)
    if not is_filled(target):
        return False
    record = records.get(_record_key(unit, language))
    if record is None:
        return False
    return record.source_hash != (source_hash or text_hash(unit.text(SOURCE_LANGUAGE)))


def stale_segment_keys(unit, language, records):
    """The keys of the segments of a rich text or StreamField unit whose source changed since
    the translation was made: editing one paragraph makes that paragraph's segment stale,
    not the whole field (see `segments.changed_segment_keys`)."""
    record = records.get(_record_key(unit, language))
    if record is None or not is_filled(unit.text(language)):
        return set()
    if record.source_hash == text_hash(unit.text(SOURCE_LANGUAGE)):
        return set()
    return changed_segment_keys(
        unit.model_field,
        record.source_text,
        stored_value(unit.instance, unit.field_name, SOURCE_LANGUAGE),
    )


def _lines(html):
    return re.sub(r"(</p>|</li>|</div>|<br\s*/?>)", r"\1\n", html).splitlines() or [""]


def source_when_translated(unit, language, records):
    """The source text the current translation was made from ("" when unknown)."""
    record = records.get(_record_key(unit, language))
    return record.source_text if record else ""


def source_diff(unit, language, records):
    """The source when it was translated and the source now, side by side (an HTML table)."""
    record = records.get(_record_key(unit, language))
    old = record.source_text if record else ""
    new = for_export(unit.text(SOURCE_LANGUAGE))
    return difflib.HtmlDiff(wrapcolumn=70).make_table(_lines(old), _lines(new))


# -- signals --------------------------------------------------------------------------------
def record_revisions(revisions):
    """`record_translations` for each new revision (all at once: one query for the records).

    The same as saving them one by one: each revision's records are keyed by its own object.
    """
    units = []
    for revision in revisions:
        obj = _recorded_version(revision)
        if obj is not None:
            units.extend(units_of(obj))
    record_translations(units)


def _recorded_version(revision):
    model = revision.content_type.model_class()
    if model is None or not translated_field_names(model):
        return None
    if translatable_children(model):
        return revision.as_object()
    return _translated_columns_only(model, revision.object_id, revision.content)


def _on_revision_saved(sender, instance, created, **kwargs):
    if created:
        record_revisions([instance])


def _translated_columns_only(model, pk, content):
    """An unsaved stand-in holding just the translated columns of a revision.

    Building the whole page from its revision costs more than the rest of the save; the
    records need nothing else.
    """
    obj = model.__new__(model)
    obj._state = ModelState()
    obj.__dict__[model._meta.pk.attname] = model._meta.pk.to_python(pk)
    for name in translated_field_names(model):
        model_field = model._meta.get_field(name)
        for code in content_languages():
            column = build_localized_fieldname(name, code)
            if column in content:
                obj.__dict__[column] = model_field.to_python(content[column])
    return obj


def _on_object_saved(sender, instance, raw=False, **kwargs):
    """Snippets and settings without revisions; inline rows of such objects."""
    if raw:
        return
    parent_keys = [f for f in sender._meta.fields if isinstance(f, ParentalKey)]
    if parent_keys and issubclass(parent_keys[0].related_model, (Page, DraftStateMixin)):
        return  # an inline row of a page: recorded with the page's revision
    # The object's own fields; its inline rows are recorded as each of them is saved.
    record_translations(
        [TranslationUnit(None, instance, name, False) for name in translated_field_names(sender)]
    )


def connect_signals():
    post_save.connect(_on_revision_saved, sender=Revision, dispatch_uid="translation_revision")
    for model in translator.get_registered_models(abstract=False):
        if issubclass(model, (Page, DraftStateMixin)) or model._meta.proxy:
            continue
        post_save.connect(_on_object_saved, sender=model, dispatch_uid=f"translation_{model}")
