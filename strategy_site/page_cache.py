"""Full-page cache for anonymous visitors, and the HTTP caching headers of every response.

A hit costs one cache round trip and no SQL: the middleware sits before sessions,
authentication and locale, so nothing else runs. Pages are keyed by their absolute URL
(scheme, host, path and query string), and the path carries the language (/nl/, /fr/,
/en/). Only responses that are the same for every anonymous visitor are stored: GET, 200,
no cookie set, nothing marked private.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control

from .content_version import VERSION_KEY, current_version

KEY_PREFIX = "page:"


def language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


class FullPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = settings.PAGE_CACHE_ENABLED
        self.prefixes = language_prefixes()
        self.timeout = settings.PAGE_CACHE_TIMEOUT
        self.public_headers = {
            "max_age": settings.PAGE_CACHE_MAX_AGE,
            "stale_while_revalidate": settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        }

    def __call__(self, request):
        if not self.is_anonymous_page_request(request):
            response = self.get_response(request)
            if request.path.startswith("/admin/") or self.has_session(request):
                patch_cache_control(response, private=True, no_store=True)
            return response

        # The absolute URL: pages carry absolute links (canonical, hreflang, Open Graph), and
        # build_absolute_uri validates the Host against ALLOWED_HOSTS before any cache read.
        key = KEY_PREFIX + request.build_absolute_uri()
        found = cache.get_many([key, VERSION_KEY])
        version = found.get(VERSION_KEY) or current_version()
        entry = found.get(key)
        if entry is not None and version is not None and entry[0] == version:
            return self.replay(request, entry, "HIT")

        # Lookups made while rendering (site, footer, navigation) reuse this version.
        request.content_version = version
        response = self.get_response(request)
        if version is not None and self.is_storable(request, response):
            etag = '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"'
            entry = (version, response.content, list(response.items()), etag)
            cache.set(key, entry, self.timeout)
            return self.replay(request, entry, "MISS")
        return response

    def has_session(self, request):
        return settings.SESSION_COOKIE_NAME in request.COOKIES

    def is_anonymous_page_request(self, request):
        return (
            self.enabled
            and not getattr(request, "is_dummy", False)  # Wagtail's preview requests
            and request.method == "GET"
            and request.path.startswith(self.prefixes)
            and not self.has_session(request)
        )

    def is_storable(self, request, response):
        cache_control = response.get("Cache-Control", "")
        user = getattr(request, "user", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
            and not getattr(request, "is_preview", False)
            and (user is None or not user.is_authenticated)
        )

    def replay(self, request, entry, outcome):
        _version, content, headers, etag = entry
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        response["ETag"] = etag
        # Lets operators (and the tests) see whether a response came from the cache.
        response["X-Cache"] = outcome
        patch_cache_control(response, public=True, **self.public_headers)
        return get_conditional_response(request, etag=etag, response=response)
