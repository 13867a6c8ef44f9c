"""URL paths that differ per language for views that are not Wagtail pages.

`path(localized_route({"nl": "zoeken/", "fr": "recherche/", "en": "search/"}), ...)` gives a
route that Django resolves and reverses per active language, exactly as it does for routes
wrapped in `gettext_lazy`, but without depending on the translation catalogues: a URL is a
public contract, not an interface string.
"""

import functools

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.functional import lazy


def localized_route(paths):
    def current():
        return paths.get(translation.get_language(), paths[settings.LANGUAGE_CODE])

    return lazy(current, str)()


def url_in_each_language(name, *args):
    """{language: path} of a named URL, e.g. for the language switcher and hreflang."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return dict(_urls_in_each_language(name, args, urlconf, get_script_prefix()))


@functools.lru_cache(maxsize=256)
def _urls_in_each_language(name, args, urlconf, script_prefix):
    # The URL patterns are fixed for a given URLconf and script prefix: reverse once.
    urls = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls.append((code, reverse(name, args=args, urlconf=urlconf)))
    return tuple(urls)
