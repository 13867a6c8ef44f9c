"""Dates for the `datetime` attribute of `<time>`."""

from django import template
from django.utils import timezone

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
