"""Writes translated values as drafts: a new revision for pages, never a publication."""

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import RevisionMixin


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
        obj = item.obj
        changed_rows = set()
        for unit, language, value in item_changes:
            setattr(unit.instance, build_localized_fieldname(unit.field_name, language), value)
            if unit.instance is not obj:
                changed_rows.add(unit.instance)
        if isinstance(obj, RevisionMixin):
            obj.save_revision(user=user, log_action=True)
            continue
        if any(unit.instance is obj for unit, _language, _value in item_changes):
            obj.save()
        for row in changed_rows:
            row.save()
    return len(by_item)
