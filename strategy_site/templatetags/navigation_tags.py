"""Header navigation and breadcrumbs, built from the live page tree."""

from django import template
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from strategy_site.page_urls import page_url as build_page_url
from strategy_site.site_lookups import menu_pages

register = template.Library()


def site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def ancestors_from_home(page, request):
    """The page's ancestors from the site's home down, excluding the page: one query per
    request, shared by the visible breadcrumbs and their JSON-LD."""
    cache = getattr(request, "_ancestors_from_home", None) if request else None
    if cache is not None and page.pk in cache:
        return cache[page.pk]
    root = site_root(request)
    if root is None or page.depth <= root.depth:
        ancestors = []
    elif hasattr(page, "breadcrumb_ancestors"):
        ancestors = page.breadcrumb_ancestors(root)  # from the routing query: no SQL
    else:
        ancestors = list(
            Page.objects.ancestor_of(page).filter(depth__gte=root.depth).order_by("depth")
        )
    if request is not None:
        request._ancestors_from_home = {**(cache or {}), page.pk: ancestors}
    return ancestors


def menu_items(request):
    """The home's children shown in menus, shared by the header navigation and the footer:
    cached per content version, and read once per request."""
    if request is not None and hasattr(request, "_menu_items"):
        return request._menu_items
    root = site_root(request)
    items = menu_pages(request, root) if root is not None else []
    if request is not None:
        request._menu_items = items
    return items


@register.simple_tag(takes_context=True)
def page_url(context, page):
    """Wagtail's `{% pageurl page %}` for a page (`page.get_url(request)`).

    Usage: `<a href="{% page_url page %}">`.
    """
    if not isinstance(page, Page):
        raise ValueError(f"page_url tag expected a Page object; got {page!r}")
    return build_page_url(page, request=context.get("request"))


@register.simple_tag(takes_context=True)
def menu_page_of_type(context, model_label):
    """The first menu page of a type.

    Usage: `{% menu_page_of_type "partners.ContactPage" as contact_page %}`.
    """
    model = apps.get_model(model_label)
    content_type = ContentType.objects.get_for_model(model)
    return next(
        (
            item
            for item in menu_items(context.get("request"))
            if item.content_type_id == content_type.pk
        ),
        None,
    )


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context, page=None):
    request = context.get("request")
    root = site_root(request)
    items = [*menu_items(request)]
    current_path = page.path if page else ""
    for item in items:
        item.is_current = bool(page) and page.pk == item.pk
        item.is_ancestor = bool(page) and current_path.startswith(item.path) and not item.is_current
    return {"root": root, "items": items, "page": page, "request": request}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    request = context.get("request")
    return {"ancestors": ancestors_from_home(page, request), "page": page, "request": request}
