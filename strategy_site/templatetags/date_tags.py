"""Dates for people (`long_date`) and for the `datetime` attribute of `<time>`."""

from django import template
from django.utils import formats, timezone, translation

register = template.Library()


@register.filter
def machine_datetime(value):
    """ISO 8601 in the site's time zone, to the second: "2026-12-01T02:10:27+01:00".

    Django's `date:"c"` keeps microseconds, which HTML refuses (at most three fraction
    digits: https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#dates-and-times).

    Usage: `<time datetime="{{ page.last_published_at|machine_datetime }}">`.
    """
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


def first_of_month_format(language):
    """The language's own format for day 1 (`FIRST_OF_MONTH_DATE_FORMAT` in the project's
    format module, strategy_site/formats/<language>/formats.py), or None where day 1 is
    written like any other day."""
    for module in formats.get_format_modules(language):
        if hasattr(module, "FIRST_OF_MONTH_DATE_FORMAT"):
            return module.FIRST_OF_MONTH_DATE_FORMAT
    return None


@register.filter(expects_localtime=True)
def long_date(value):
    """The date in full in the page's language: "1 december 2026", "1er décembre 2026",
    "1 December 2026". DATE_FORMAT, except on the first of a month in a language that
    writes that day as an ordinal (French).

    Usage: `{{ page.last_published_at|long_date }}`.
    """
    if not value:
        return ""
    day_one = value.day == 1 and first_of_month_format(translation.get_language())
    return formats.date_format(value, day_one or "DATE_FORMAT")
