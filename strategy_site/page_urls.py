"""A page's URL in any language, built from columns already loaded.

`Page.get_url` reads the site root paths of the active language (a cache read each time
the active language changes, which the language switcher and the hreflang links do on
every page) and reverses Wagtail's URL pattern on every call. When the request's site is
the only one, a page's URL in a language is that language's prefix followed by the
page's `url_path` below the site root: `page_url` builds exactly that, reversing only the
prefix, once per language. Anything else (several sites, a page outside the site, a path
Wagtail's pattern would not take) goes through `get_url`.
"""

import functools
import re
from urllib.parse import quote

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Site

# Wagtail's serve pattern (wagtail/urls.py, WAGTAIL_APPEND_SLASH on), and what reverse()
# leaves unquoted in a path.
SERVE_PATH = re.compile(r"(?:[\w\-]+/)*")
SAFE_IN_PATH = RFC3986_SUBDELIMS + "/~:@"


@functools.lru_cache(maxsize=64)
def _language_root(language, urlconf, script_prefix):
    with translation.override(language):
        return reverse("wagtail_serve", args=[""], urlconf=urlconf)


def language_root(language):
    """The home page's path in `language`, e.g. "/fr/"."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _language_root(language, urlconf, get_script_prefix())


def page_url(page, language=None, request=None):
    """`page.get_url(request)` with `language` active (by default the active language)."""
    language = language or translation.get_language()
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and getattr(site, "is_only_site", False):
        # The language's own columns; when one is empty, modeltranslation would fall back
        # to Dutch, and get_url below does exactly that.
        field = build_localized_fieldname("url_path", language)
        url_path = getattr(page, field, None)
        root_path = getattr(site.root_page, field, None)
        if url_path and root_path and url_path.startswith(root_path):
            below_root = url_path[len(root_path) :]
            if SERVE_PATH.fullmatch(below_root):
                return language_root(language) + quote(below_root, safe=SAFE_IN_PATH)
    with translation.override(language):
        return page.get_url(request)
