"""Dashboard panels: what needs an editor's attention besides moderation.

Wagtail's home already shows the pages awaiting the user's review (Moderators) and the
user's own pages in moderation (Editors). These add the drafts not yet submitted and the
pages scheduled to go live or to expire.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

PANEL_LIMIT = 10


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])


def unsubmitted_drafts(user):
    """Pages with changes not yet published, and not in moderation, newest first."""
    # WorkflowState.object_id is text (it serves any model): compare as Python integers.
    in_moderation = WorkflowState.objects.active().filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page"
    )
    in_moderation_ids = [int(pk) for pk in in_moderation.values_list("object_id", flat=True)]
    return (
        editable_pages(user)
        .filter(has_unpublished_changes=True)
        .exclude(pk__in=in_moderation_ids)
        .order_by("-latest_revision_created_at")
        .specific(defer=True)[:PANEL_LIMIT]
    )


def scheduled_pages(user):
    """(when, page, what) for pages that will go live or expire, soonest first."""
    pages = editable_pages(user)
    go_live = (
        Revision.page_revisions.filter(approved_go_live_at__isnull=False)
        .filter(object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)])
        .order_by("approved_go_live_at")[:PANEL_LIMIT]
    )
    page_by_id = Page.objects.in_bulk([int(rev.object_id) for rev in go_live])
    entries = [
        (rev.approved_go_live_at, page_by_id[int(rev.object_id)], _("Goes live"))
        for rev in go_live
        if int(rev.object_id) in page_by_id
    ]
    expiring = pages.filter(live=True, expire_at__gt=timezone.now()).order_by("expire_at")
    entries += [(page.expire_at, page, _("Expires")) for page in expiring[:PANEL_LIMIT]]
    return sorted(entries, key=lambda entry: entry[0])[:PANEL_LIMIT]


class DraftPagesPanel(Component):
    name = "draft_pages"
    template_name = "strategy_site/dashboard/draft_pages.html"
    order = 220

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["pages"] = unsubmitted_drafts(parent_context["request"].user)
        return context


class ScheduledPagesPanel(Component):
    name = "scheduled_pages"
    template_name = "strategy_site/dashboard/scheduled_pages.html"
    order = 230

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["entries"] = scheduled_pages(parent_context["request"].user)
        return context
