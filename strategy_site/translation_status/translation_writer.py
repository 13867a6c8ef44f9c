"""Writes translated values as drafts: a new revision for pages, never a publication."""

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import DraftStateMixin, RevisionMixin


def _editable_version(obj):
    """The full latest version to write on (the status tools may hold a lighter copy)."""
    if isinstance(obj, DraftStateMixin) and obj.has_unpublished_changes:
        return obj.get_latest_revision_as_object()
    return obj


def _same_row(version, unit):
    """`unit`'s inline row inside `version` (the same row, possibly another instance)."""
    if unit.instance is unit.item.obj:
        return version
    for relation in version._meta.related_objects:
        if relation.related_model is type(unit.instance):
            for row in getattr(version, relation.get_accessor_name()).all():
                if row.pk == unit.instance.pk:
                    return row
    raise LookupError(unit.identifier)


def write_translations(changes, user=None):
    """Apply [(unit, language, value)], grouped so each item gets one new version.

    Pages (and any model with revisions) get a new draft revision and stay as they are on
    the public site until someone allowed to publish does so. Snippets and settings without
    revisions have no drafts: their row is saved directly.
    Returns the number of items written.
    """
    by_item = {}
    for unit, language, value in changes:
        by_item.setdefault(id(unit.item), (unit.item, []))[1].append((unit, language, value))
    for item, item_changes in by_item.values():
        version = _editable_version(item.obj)
        changed_rows = set()
        for unit, language, value in item_changes:
            target = _same_row(version, unit)
            setattr(target, build_localized_fieldname(unit.field_name, language), value)
            if target is not version:
                changed_rows.add(target)
        if isinstance(version, RevisionMixin):
            # Full validation re-checks every sibling's slugs (slow on large sections):
            # only needed when a slug is among the changes.
            slug_changed = any(unit.field_name == "slug" for unit, _l, _v in item_changes)
            version.save_revision(user=user, log_action=True, clean=slug_changed)
            continue
        if any(unit.instance is item.obj for unit, _language, _value in item_changes):
            version.save()
        for row in changed_rows:
            row.save()
    return len(by_item)
