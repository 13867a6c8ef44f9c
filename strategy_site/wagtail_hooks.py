from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request

from strategy_site.editorial import page_structure_permissions  # noqa: F401  (registers its hooks)
from strategy_site.editorial.content_health_views import ContentHealthPanel, ContentHealthView
from strategy_site.editorial.copy_form import UniqueSlugCopyForm
from strategy_site.editorial.dashboard import DraftPagesPanel, ScheduledPagesPanel


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.extend([ContentHealthPanel(), DraftPagesPanel(), ScheduledPagesPanel()])


@hooks.register("register_admin_urls")
def register_content_health_url():
    return [path("content-health/", ContentHealthView.as_view(), name="content_health")]


@hooks.register("register_admin_menu_item")
def register_content_health_menu_item():
    # Next to the translation status (order 250) in the menu.
    return MenuItem(
        _("Content health"), reverse("content_health"), icon_name="warning", order=260
    )


# Runs before wagtail-modeltranslation's own hook, for the empty form only: its POST
# handling (validation of every language's slug, the copy itself) stays as it is.
@hooks.register("before_copy_page", order=-1)
def offer_free_slugs_when_copying(request, page):
    if request.method != "GET":
        return None
    can_publish = page.get_parent().permissions_for_user(request.user).can_publish_subpage()
    form = UniqueSlugCopyForm(user=request.user, page=page, can_publish=can_publish)
    return render(
        request,
        "modeltranslation_copy.html",
        {"page": page, "form": form, "next": get_valid_next_url_from_request(request)},
    )
