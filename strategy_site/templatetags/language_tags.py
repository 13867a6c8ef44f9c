"""The language switcher and per-language URLs of a page."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from strategy_site.translation_readiness import page_is_translated

register = template.Library()


def page_url_in(page, language, request=None):
    """The page's URL in another language: its slugs and prefix in that language."""
    with translation.override(language):
        if page is None:
            return reverse("wagtail_serve", args=[""])
        return page.get_url(request)


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context.get("request")
    current = translation.get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        languages.append(
            {
                "code": code,
                "name": name,
                "url": page_url_in(page, code, request),
                "is_current": code == current,
                "is_translated": page is None or page_is_translated(page, code),
            }
        )
    return {"languages": languages}
