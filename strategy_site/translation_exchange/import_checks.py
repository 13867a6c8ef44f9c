"""What the edit form would refuse, refused for an imported value too.

An import writes drafts (pages) or rows (snippets, settings, images) without going through
the admin's forms, so each value passes here the checks those forms make: the model
field's own `clean()` (length, slug format, the shared link rule of
`strategy_site.link_validation`) and, in a StreamField, `block.clean()` for every block
(required parts, a call to action's link, URL blocks). The object must be one the user may
change (page permissions, the image library's collections, snippet and setting
permissions) and must not be locked (`refusals`). Each refusal is a message about one
unit: the other units of the file are imported.
"""

from django.contrib.auth import get_permission_codename
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.documents.models import AbstractDocument
from wagtail.documents.permissions import permission_policy as document_permissions
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.images.permissions import permission_policy as image_permissions
from wagtail.models import LockableMixin, Page, Revision, RevisionMixin, WorkflowState


def cleaned_value(unit, language, value):
    """`value` as the edit form would store it in `unit`'s field; ValidationError if refused."""
    if isinstance(unit.model_field, StreamField):
        return unit.model_field.stream_block.clean(value)
    column = build_localized_fieldname(unit.field_name, language)
    return unit.instance._meta.get_field(column).clean(value, unit.instance)


def error_messages(error):
    """Every message of a (possibly nested block) ValidationError, as plain sentences."""
    if hasattr(error, "as_json_data"):
        return list(_json_messages(error.as_json_data()))
    return list(error.messages)


def _json_messages(data):
    # Wagtail's block errors: {"messages": [...], "blockErrors": {name or index: ...}}.
    if isinstance(data, list):
        for nested in data:
            yield from _json_messages(nested)
        return
    if not isinstance(data, dict):
        return
    yield from data.get("messages", [])
    nested = data.get("blockErrors") or {}
    yield from _json_messages(list(nested.values()) if isinstance(nested, dict) else nested)


def refusals(items, user):
    """{id(item): why `user` may not write into it} for the items that are refused.

    `user` None is the command line, run by the site's operators: no permission applies,
    but a locked page is refused all the same. Wagtail's `get_lock()` costs queries per
    object (workflow, scheduled revision), so it is asked only of the objects that a few
    queries for all of them show may be locked.
    """
    possibly_locked = _possibly_locked(items)
    refused = {}
    for item in items:
        obj = item.obj
        lock = obj.get_lock() if (type(obj), obj.pk) in possibly_locked else None
        if lock is not None and (user is None or lock.for_user(user)):
            reason = strip_tags(lock.get_message(user)) if user is not None else ""
            refused[id(item)] = " ".join(
                [_("“%(title)s” is locked.") % {"title": item.label}, reason]
            ).strip()
        elif user is not None and not user.is_superuser and not _may_change(obj, user):
            refused[id(item)] = _("You are not allowed to change “%(title)s”.") % {
                "title": item.label
            }
    return refused


def _possibly_locked(items):
    lockable = [item.obj for item in items if isinstance(item.obj, LockableMixin)]
    keys = {(type(obj), obj.pk) for obj in lockable if obj.locked}
    by_base_type = {}
    for obj in lockable:
        if isinstance(obj, RevisionMixin):
            by_base_type.setdefault(obj.get_base_content_type(), {})[str(obj.pk)] = obj
    for content_type, objects in by_base_type.items():
        in_workflow = WorkflowState.objects.filter(
            base_content_type=content_type,
            object_id__in=list(objects),
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
        scheduled = Revision.objects.filter(
            base_content_type=content_type,
            object_id__in=list(objects),
            approved_go_live_at__isnull=False,
        ).values_list("object_id", flat=True)
        for object_id in {*in_workflow, *scheduled}:
            obj = objects[object_id]
            keys.add((type(obj), obj.pk))
    return keys


def _may_change(obj, user):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    if isinstance(obj, AbstractImage):
        return image_permissions.user_has_permission_for_instance(user, "change", obj)
    if isinstance(obj, AbstractDocument):
        return document_permissions.user_has_permission_for_instance(user, "change", obj)
    opts = type(obj)._meta
    return user.has_perm(f"{opts.app_label}.{get_permission_codename('change', opts)}")
