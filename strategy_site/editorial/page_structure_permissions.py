"""Who may change the shape of the page tree, on top of Wagtail's own checks.

Wagtail lets anyone with `change_page` on a page delete, move and copy it (a draft, or a
published one with `publish_page`). Translators hold `change_page` on the whole tree so that
they can save drafts of their language, and nothing more: deleting, moving, copying,
unpublishing or creating a page is editors' work. So these actions also need
`add_page` on the page, which Editors and Moderators hold and translators do not; the
check runs in Wagtail's `before_*` hooks, which every view of these actions calls
(single and bulk) before it changes anything.

The same rule answers Wagtail's permission questions for every page type of the site
(`RestructurePermissionTester`, returned by `SitePage.permissions_for_user`), so the admin
does not show translators the buttons of these actions in the first place.

Reverting to an earlier revision restores every language of a page at once, so users
restricted to some languages may not do it either.
"""

from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page, PagePermissionTester
from wagtail.permissions import page_permission_policy

from strategy_site.translation_status.language_permissions import translator_languages

REVERT_VIEW = "wagtailadmin_pages:revisions_revert"
STRUCTURAL_BULK_ACTIONS = {"delete", "move", "unpublish"}


def may_restructure(user, page):
    """True when `user` may delete, move, copy, unpublish or add under `page`."""
    return page_permission_policy.user_has_permission_for_instance(user, "add", page)


class RestructurePermissionTester(PagePermissionTester):
    """Wagtail's answers, narrowed by `may_restructure`: the admin asks these methods before
    it shows a Delete, Move, Copy or Unpublish button, so translators are not offered
    actions the hooks below would refuse. The hooks stay: they also guard direct URLs."""

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and may_restructure(self.user, self.page)

    def can_move(self):
        return super().can_move() and may_restructure(self.user, self.page)

    def can_copy(self):
        return super().can_copy() and may_restructure(self.user, self.page)

    def can_unpublish(self):
        return super().can_unpublish() and may_restructure(self.user, self.page)


def refused(request, page, message):
    """Back to the page's place in the explorer, saying why; nothing was changed."""
    messages.error(request, message)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


def refusal_unless_restructurable(request, *pages):
    for page in pages:
        if not may_restructure(request.user, page):
            return refused(
                request, page, _("Only editors may delete, move, copy or unpublish pages.")
            )
    return None


@hooks.register("before_delete_page")
def check_delete(request, page):
    return refusal_unless_restructurable(request, page)


@hooks.register("before_move_page")
def check_move(request, page, destination):
    return refusal_unless_restructurable(request, page, destination)


# Before the copy form of this project and of wagtail-modeltranslation, which copies on POST.
@hooks.register("before_copy_page", order=-100)
def check_copy(request, page):
    return refusal_unless_restructurable(request, page)


@hooks.register("before_unpublish_page")
def check_unpublish(request, page):
    return refusal_unless_restructurable(request, page)


@hooks.register("before_create_page")
def check_create(request, parent_page, page_class):
    if not may_restructure(request.user, parent_page):
        messages.error(request, _("Only editors may create pages."))
        return redirect("wagtailadmin_explore", parent_page.pk)
    return None


@hooks.register("before_bulk_action")
def check_bulk_action(request, action_type, objects, action_class_instance):
    if action_type not in STRUCTURAL_BULK_ACTIONS:
        return None
    return refusal_unless_restructurable(
        request, *[obj for obj in objects if isinstance(obj, Page)]
    )


@hooks.register("before_edit_page")
def check_revert(request, page):
    match = request.resolver_match
    if match is None or match.view_name != REVERT_VIEW:
        return None
    if translator_languages(request.user) is not None:
        messages.error(
            request,
            _("Restoring an earlier version changes every language: only editors may do it."),
        )
        return redirect("wagtailadmin_pages:history", page.pk)
    return None
