"""Writes translated values as drafts: a new revision for pages, never a publication.

Pages are written in bulk, in a few queries however many pages change (SQLite takes bulk
inserts in batches of about a hundred rows): an import that touches every page of the site
would otherwise cost ~40 queries per page through `Page.save_revision()`. What
`save_revision()` does (Wagtail 7.4, `wagtail/models/pages.py`), and how the bulk path
does the same:

- `full_clean()` when asked (here, when a slug changes): the same, page by page, on the
  draft with the new values.
- a `Revision` holding `serializable_data()` of the draft, with `object_str`, the base and
  specific content types, the user: the same rows, made with one `bulk_create`. A page
  with no draft is serialised exactly as `save_revision()` would. A page that already has
  a draft gets that draft's stored content with just the changed fields replaced, each
  serialised by modelcluster's `get_field_value` as `serializable_data()` does. The other
  keys `save_revision()` would rewrite there (tree position, owner, locks, draft title,
  latest revision, comments, ...) are the page row's own, and Wagtail restores them from
  the page row whenever it reads a revision (`with_content_json`), so they are never read.
- the page row's `latest_revision`, `latest_revision_created_at`, `draft_title` (the title
  of the draft in the active language) and `has_unpublished_changes`: one UPDATE statement
  run for all the pages (`executemany`).
- a "wagtail.edit" `PageLogEntry` per page (the page history's "Draft saved"), with the
  user, or the active log context's user, and the context's uuid: one `bulk_create`.
- the translation records (`source_tracking`), which a saved revision updates through
  `post_save`: `record_revisions` on all the new revisions at once, the same function.

What the row save inside `save_revision()` sets off and the bulk path leaves out, because
none of it depends on a draft: the reference index and the search index are rebuilt from
the live page row (`wagtail.tasks.update_reference_index_task`, modelsearch's
`insert_or_update_object_task` read the page back from the database; revisions are
excluded from the reference index), whose content a draft does not change (rebuilt, the
search row would only take the title of whatever language the admin is in); the site root
path caches are cleared when the page is a site root, but they only hold URL paths, which
a draft does not change either. The page's comments are left alone: an import changes none
(on a page with a draft, `get_latest_revision_as_object().save_revision()` would commit the
unresolved comments Wagtail puts on the draft, and so delete the resolved ones).

Models with revisions that are not pages (none at present) still go through their own
`save_revision()`. Snippets and settings without revisions have no drafts: their row is
saved directly.
"""

import json
import logging

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router, transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from modelcluster.models import (
    get_all_child_m2m_relations,
    get_all_child_relations,
    get_field_value,
)
from modeltranslation.utils import build_localized_fieldname
from wagtail.log_actions import get_active_log_context
from wagtail.models import DraftStateMixin, Page, PageLogEntry, Revision, RevisionMixin

from strategy_site.editorial.admin_titles import keep_draft_title_in_source_language

from .source_tracking import record_revisions

logger = logging.getLogger("wagtail")

PAGE_ROW_FIELDS = [
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
]


def _has_draft(obj):
    return isinstance(obj, DraftStateMixin) and obj.has_unpublished_changes


def _editable_version(obj):
    """The full latest version to write on (the status tools may hold a lighter copy)."""
    if _has_draft(obj):
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


def _apply(version, item_changes):
    """Set the new values on `version` and its rows; the rows changed, without `version`."""
    changed_rows = set()
    for unit, language, value in item_changes:
        target = _same_row(version, unit)
        setattr(target, build_localized_fieldname(unit.field_name, language), value)
        if target is not version:
            changed_rows.add(target)
    return changed_rows


def _slug_changed(item_changes):
    # Full validation re-checks every sibling's slugs (slow on large sections): only needed
    # when a slug is among the changes.
    return any(unit.field_name == "slug" for unit, _language, _value in item_changes)


@transaction.atomic
def write_translations(changes, user=None, *, dry_run=False):
    """Apply [(unit, language, value)], grouped so each item gets one new version.

    Pages (and any model with revisions) get a new draft revision and stay as they are on
    the public site until someone allowed to publish does so. Snippets and settings without
    revisions have no drafts: their row is saved directly.
    `dry_run`: the pages' drafts are prepared and checked but not written (see
    `save_page_drafts`); snippets and settings are saved all the same, so the caller must
    roll back its transaction.
    Returns the number of items written.
    """
    by_item = {}
    for unit, language, value in changes:
        by_item.setdefault(id(unit.item), (unit.item, []))[1].append((unit, language, value))
    pages = []
    for item, item_changes in by_item.values():
        if isinstance(item.obj, Page):
            pages.append((item, item_changes))
            continue
        version = _editable_version(item.obj)
        changed_rows = _apply(version, item_changes)
        if isinstance(version, RevisionMixin):
            version.save_revision(user=user, log_action=True, clean=_slug_changed(item_changes))
            continue
        if any(unit.instance is item.obj for unit, _language, _value in item_changes):
            version.save()
        for row in changed_rows:
            row.save()
    save_page_drafts(pages, user=user, dry_run=dry_run)
    return len(by_item)


def save_page_drafts(pages, user=None, *, dry_run=False):
    """A new draft revision for each (item, [(unit, language, value)]) of a page.

    `item.obj` is the page as `translatable_content.load_items` reads it: the live page when
    it has no draft, otherwise the live page with the draft's translated fields (or the
    whole draft when it has translated inline rows).

    `dry_run` does everything that could refuse the changes (validation of changed slugs,
    each revision's content serialised and encoded as the database stores it) and stops
    before the first write: what is left only stores that content with ids, timestamps,
    titles and hashes, which the database cannot refuse.
    """
    if not pages:
        return
    for item, _changes in pages:
        if item.obj.alias_of_id:
            raise RuntimeError(
                "page.save_revision() was called on an alias page. Revisions are not "
                "required for alias pages as they are an exact copy of another page."
            )
    revisions_by_id = Revision.objects.in_bulk(
        [item.obj.latest_revision_id for item, _changes in pages if _has_draft(item.obj)]
    )
    drafts = [
        revisions_by_id.get(item.obj.latest_revision_id) if _has_draft(item.obj) else None
        for item, _changes in pages
    ]
    _prefetch_for_serialisation(
        [item.obj for (item, _changes), draft in zip(pages, drafts, strict=True) if not draft]
    )
    now = timezone.now()
    revisions = []
    for (item, item_changes), draft in zip(pages, drafts, strict=True):
        page = item.obj
        _apply(page, item_changes)
        if _slug_changed(item_changes):
            _full_draft(page, draft, item_changes).full_clean()
        revisions.append(
            Revision(
                content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                base_content_type=page.get_base_content_type(),
                object_id=str(page.pk),
                created_at=now,
                user=user,
                approved_go_live_at=None,
                content=(
                    page.serializable_data()
                    if draft is None
                    else _changed_content(draft.content, page, item_changes)
                ),
                object_str=str(page),
            )
        )
    if dry_run:
        encoder = Revision._meta.get_field("content").encoder
        for revision in revisions:
            json.dumps(revision.content, cls=encoder)
        return
    Revision.objects.bulk_create(revisions)
    if any(revision.pk is None for revision in revisions):
        # SQLite 3.35+ and PostgreSQL return the new ids, which the pages and logs need.
        raise RuntimeError("This database does not return the ids of bulk-created rows.")

    changed_pages = [item.obj for item, _changes in pages]
    for page, revision in zip(changed_pages, revisions, strict=True):
        page.latest_revision = revision
        page.latest_revision_created_at = revision.created_at
        keep_draft_title_in_source_language(type(page), page)  # bulk: no pre_save signal
        page.has_unpublished_changes = True
    _update_page_rows(changed_pages)

    log_context = get_active_log_context()
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            content_type=revision.content_type,
            page_id=page.pk,
            label=page.get_admin_display_title(),
            action="wagtail.edit",
            timestamp=now,
            data={},
            uuid=log_context.uuid,
            user=user or log_context.user,
            revision=revision,
            content_changed=True,
        )
        for page, revision in zip(changed_pages, revisions, strict=True)
    )
    for page, revision in zip(changed_pages, revisions, strict=True):
        logger.info('Page edited: "%s" id=%d revision_id=%d', page.title, page.pk, revision.pk)

    record_revisions(revisions)


def _update_page_rows(pages):
    """Write `PAGE_ROW_FIELDS` of `pages`: one UPDATE statement run for each row.

    `QuerySet.bulk_update` would do it in one statement too, but building its CASE
    expressions costs about 1 ms a page, a quarter of a 500-page import.
    """
    connection = connections[router.db_for_write(Page)]
    quote = connection.ops.quote_name
    fields = [Page._meta.get_field(name) for name in PAGE_ROW_FIELDS]
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
    # Only quoted names from the model's own metadata are interpolated; values are parameters.
    sql = (
        f"UPDATE {quote(Page._meta.db_table)} SET {assignments} "  # noqa: S608
        f"WHERE {quote(Page._meta.pk.column)} = %s"
    )
    rows = [
        [field.get_db_prep_save(getattr(page, field.attname), connection) for field in fields]
        + [page.pk]
        for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _prefetch_for_serialisation(pages):
    """Every inline relation `serializable_data()` reads, one query per relation and type."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, instances in by_model.items():
        lookups = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
        lookups += [field.name for field in get_all_child_m2m_relations(model)]
        prefetch_related_objects(instances, *lookups)


def _full_draft(page, draft, item_changes):
    """The whole draft with the new values, to validate (the page itself when it has no
    draft, or when `load_items` already read the whole draft)."""
    if draft is None or not getattr(page, "_translation_overlay", False):
        return page
    version = page.with_content_json(draft.content)
    _apply(version, item_changes)
    return version


def _changed_content(content, page, item_changes):
    """The draft's stored content with the changed fields serialised from `page`."""
    content = dict(content)
    copied = set()
    for unit, language, _value in item_changes:
        column = build_localized_fieldname(unit.field_name, language)
        instance = _same_row(page, unit)
        field = type(instance)._meta.get_field(column)
        if instance is page:
            content[column] = get_field_value(field, page)
            continue
        accessor = _accessor(page, instance)
        if accessor not in copied:
            content[accessor] = [dict(row) for row in content.get(accessor, [])]
            copied.add(accessor)
        row = next((row for row in content[accessor] if row.get("pk") == instance.pk), None)
        if row is None:
            raise LookupError(unit.identifier)
        row[column] = get_field_value(field, instance)
    return content


def _accessor(page, row):
    for relation in get_all_child_relations(page):
        if relation.related_model is type(row):
            return relation.get_accessor_name()
    raise LookupError(row)
