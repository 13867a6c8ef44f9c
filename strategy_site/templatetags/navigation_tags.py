"""Header navigation and breadcrumbs, built from the live page tree."""

from django import template
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from objectives.selectors import menu_pages
from strategy_site.i18n.page_urls import page_url as build_page_url

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
    return first_of_type(menu_items(context.get("request")), apps.get_model(model_label))


def first_of_type(pages, model):
    """The first of `pages` (generic Page rows, such as the menu's) whose type is `model`."""
    content_type = ContentType.objects.get_for_model(model)
    return next((page for page in pages if page.content_type_id == content_type.pk), None)


@register.inclusion_tag("components/service_navigation.html", takes_context=True)
def main_navigation(context, page=None):
    """The service navigation; `current` is the section the page is in, which the mobile
    "Menu" control names."""
    request = context.get("request")
    root = site_root(request)
    items = [*menu_items(request)]
    current_path = page.path if page else ""
    current = root if page and root and page.pk == root.pk else None
    for item in items:
        item.is_current = bool(page) and page.pk == item.pk
        item.is_ancestor = bool(page) and current_path.startswith(item.path) and not item.is_current
        if item.is_current or item.is_ancestor:
            current = item
    return {"root": root, "items": items, "page": page, "current": current, "request": request}


@register.inclusion_tag("components/page_contents.html")
def group_contents(groups, anchor_prefix, anchor_of, label_of):
    """The "on this page" list of a page whose sections are groups (results by level,
    partners by level): each group's anchor is `anchor_prefix` + its `anchor_of`.

        {% group_contents result_groups "results-" "level" "heading" %}
    """
    anchor, label = template.Variable(anchor_of), template.Variable(label_of)
    return {
        "contents": [
            {"id": f"{anchor_prefix}{anchor.resolve(group)}", "label": label.resolve(group)}
            for group in groups or ()
        ]
    }


@register.simple_tag(takes_context=True)
def related_pages(context, page=None):
    """The other sections of the site, for the aside: the menu without the page's own.

    Usage: `{% related_pages page as related %}`.
    """
    page = page or None
    path = page.path if page is not None else ""
    return [item for item in menu_items(context.get("request")) if not path.startswith(item.path)]


@register.inclusion_tag("components/page_contents.html")
def page_contents(*triples):
    """The "on this page" list of a page's sections, each given as (shown?, anchor, label):

        {% page_contents networks "networks-heading" _("Networks") True "cell" page.title %}

    A section that is not shown (an empty list) gets no link.
    """
    if len(triples) % 3:
        raise ValueError("page_contents takes (shown, anchor, label) triples")
    entries = zip(triples[::3], triples[1::3], triples[2::3], strict=True)
    return {"contents": [{"id": a, "label": label} for shown, a, label in entries if shown]}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    request = context.get("request")
    return {"ancestors": ancestors_from_home(page, request), "page": page, "request": request}
