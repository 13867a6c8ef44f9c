"""Template side of the visible fallback: `lang` on Dutch text, and one notice."""

from django import template
from django.utils import translation
from django.utils.html import format_html

from strategy_site.i18n.fallback import (
    fallback_state,
    fallen_back_labels,
    falls_back,
    source_language,
)

register = template.Library()


@register.simple_tag
def fallback_lang(instance, field_name):
    """` lang="nl"` on the element holding `field_name` when it is shown in Dutch.

    Usage: `<h1{% fallback_lang page "title" %}>{{ page.title }}</h1>`.
    """
    if instance is None or not falls_back(instance, field_name):
        return ""
    return format_html(' lang="{}"', source_language())


@register.inclusion_tag("components/fallback_notice.html")
def fallback_notice(page):
    language = translation.get_language()
    state = fallback_state(page, language)
    parts = fallen_back_labels(page, language) if state == "fields" else []
    return {"state": state, "parts": ", ".join(parts)}
