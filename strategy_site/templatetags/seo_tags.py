"""`<head>` metadata for search engines and link previews, and JSON-LD for people."""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from strategy_site.caching.site_lookups import site_settings_for
from strategy_site.public.seo import (
    breadcrumb_json_ld,
    home_json_ld,
    json_ld_script,
    page_full_url,
    person_json_ld,
    search_metadata,
    view_metadata,
)

from .navigation_tags import ancestors_from_home, site_root

register = template.Library()


@register.inclusion_tag("components/seo_head.html", takes_context=True)
def seo_head(context):
    """Canonical, hreflang alternates, description, Open Graph and the page's JSON-LD.

    Pages give `page`; views that exist in every language without being pages give
    `language_urls` ({language: path}) and `page_title`.
    """
    request = context["request"]
    page = context.get("page")
    site_settings = site_settings_for(request)
    structured_data = []
    if page is not None:
        metadata = search_metadata(page, request)
        title = page.seo_title or page.title
        description = page.search_description
        root = site_root(request)
        if root is not None and page.pk == root.pk:
            structured_data.append(home_json_ld(page, site_settings, request))
        elif root is not None and page.depth > root.depth:
            trail = [*ancestors_from_home(page, request), page]
            structured_data.append(breadcrumb_json_ld(trail, request))
    elif context.get("language_urls"):
        metadata = view_metadata(context["language_urls"], request)
        title = context.get("page_title", "")
        description = context.get("page_description", "")
    else:
        return {}
    return {
        **metadata,
        "title": title,
        "description": description,
        "site_name": site_settings.organisation_name,
        "json_ld": [json_ld_script(data) for data in structured_data],
    }


@register.simple_tag(takes_context=True)
def experts_json_ld(context, experts):
    """One schema.org Person per expert, with their role in the page's language."""
    request = context["request"]
    site_settings = site_settings_for(request)
    root = site_root(request)
    home_url = page_full_url(root, translation.get_language(), request) if root else ""
    scripts = [json_ld_script(person_json_ld(e, site_settings, home_url)) for e in experts]
    return mark_safe("".join(scripts))  # noqa: S308 (each part is escaped by json_ld_script)
