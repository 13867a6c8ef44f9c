"""A page's URL in any language, as Wagtail's `{% pageurl %}` gives it."""

import functools

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation


@functools.lru_cache(maxsize=64)
def _language_root(language, urlconf, script_prefix):
    with translation.override(language):
        return reverse("wagtail_serve", args=[""], urlconf=urlconf)


def language_root(language):
    """The home page's path in `language`, e.g. "/fr/"."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _language_root(language, urlconf, get_script_prefix())


def page_url(page, language=None, request=None):
    """`page.get_url(request)` (what `{% pageurl %}` gives) with `language` active.

    Kept for the rest of the request: a render asks for the same page's URL several times
    (menu, footer, language links, metadata), and each `get_url` reverses the URL again.
    Previews, whose pages are unsaved, always ask Wagtail.
    """
    language = language or translation.get_language()
    if request is None or getattr(request, "is_preview", False):
        with translation.override(language):
            return page.get_url(request)
    known = getattr(request, "page_urls", None)
    if known is None:
        known = request.page_urls = {}
    key = (page.pk, language)
    if key not in known:
        with translation.override(language):
            known[key] = page.get_url(request)
    return known[key]
