"""Header navigation and breadcrumbs, built from the live page tree."""

from django import template
from wagtail.models import Page, Site

from strategy_site.site_lookups import menu_pages

register = template.Library()


def site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context, page=None):
    request = context.get("request")
    root = site_root(request)
    items = []
    if root is not None:
        items = menu_pages(request, root)
    current_path = page.path if page else ""
    for item in items:
        item.is_current = bool(page) and page.pk == item.pk
        item.is_ancestor = bool(page) and current_path.startswith(item.path) and not item.is_current
    return {"root": root, "items": items, "page": page, "request": request}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    request = context.get("request")
    root = site_root(request)
    if root is None or page.depth <= root.depth:
        return {"ancestors": [], "page": page}
    if hasattr(page, "breadcrumb_ancestors"):
        ancestors = page.breadcrumb_ancestors(root)
    else:
        ancestors = Page.objects.ancestor_of(page).filter(depth__gte=root.depth).order_by("depth")
    return {"ancestors": list(ancestors), "page": page, "request": request}
