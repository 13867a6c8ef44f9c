"""URL paths that differ per language for views that are not Wagtail pages.

`path(localized_route({"nl": "zoeken/", "fr": "recherche/", "en": "search/"}), ...)` gives a
route that Django resolves and reverses per active language, exactly as it does for routes
wrapped in `gettext_lazy`, but without depending on the translation catalogues: a URL is a
public contract, not an interface string.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import lazy


def localized_route(paths):
    def current():
        return paths.get(translation.get_language(), paths[settings.LANGUAGE_CODE])

    return lazy(current, str)()


def url_in_each_language(name, *args):
    """{language: path} of a named URL, e.g. for the language switcher and hreflang."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse(name, args=args)
    return urls
