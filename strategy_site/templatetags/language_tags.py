"""The language switcher and per-language URLs of a page."""

from django import template
from django.conf import settings
from django.utils import translation

from strategy_site.i18n.language_choice import switch_language_url
from strategy_site.i18n.page_urls import language_root, page_url
from strategy_site.i18n.translation_readiness import page_is_translated

register = template.Library()


def page_url_in(page, language, request=None):
    """The page's URL in another language: its slugs and prefix in that language."""
    if page is None:
        return language_root(language)
    return page_url(page, language, request)


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to the same page in each language, through the view that remembers the choice.

    Views that are not pages (search, the printable strategy) put their own per-language
    paths in the context as `language_urls`.
    """
    page = page or None  # an undefined template variable arrives as ""
    request = context.get("request")
    view_urls = context.get("language_urls") or {}
    current = translation.get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        url = (
            view_urls.get(code) if page is None and view_urls else page_url_in(page, code, request)
        )
        languages.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "switch_url": switch_language_url(code, url),
                "is_current": code == current,
                "is_translated": page is None or page_is_translated(page, code),
            }
        )
    return {"languages": languages}
