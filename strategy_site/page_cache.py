"""Full-page cache for anonymous visitors, and the HTTP caching headers of every response.

Two layers share one store:

- ``FullPageCacheMiddleware`` sits at the top of the middleware stack (after the probes and
  the request log). On a miss it lets the page render, then stores the response as every
  middleware below it left it: security, CSP and Permissions-Policy headers included.
- ``CachedPageApplication`` wraps Django's WSGI application (strategy_site/wsgi.py). A hit
  is answered there, before Django builds a request or runs a middleware: one cache round
  trip, no SQL, a log line, and the stored bytes. Measured under gunicorn, this is what
  brings a cached page from the cost of a bare Django view to little more than gunicorn's
  own cost per request (bench/run.py, docs/caching.md).

Pages are keyed by scheme, host, path and query string; the path carries the language
(/nl/, /fr/, /en/). Only responses that are the same for every anonymous visitor are
stored: GET, 200, no cookie set, nothing marked private, no preview, nobody logged in. An
entry is stored only after Django accepted the Host header (ALLOWED_HOSTS), so a request
with any other Host can never match one.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import parse_etags

from .compression import gzip_replayed
from .content_version import VERSION_KEY, current_version
from .request_logging import log_request

KEY_PREFIX = "page:"
# Set by CachedPageApplication so that Django stores a page under the key computed from the
# raw WSGI environ: Django rewrites PATH_INFO (decoded) before the middleware sees it.
ENVIRON_KEY = "strategy_site.page_cache_key"
# A 304 carries the validators and caching headers, not the representation's metadata.
DROPPED_BY_304 = {"content-type", "content-length", "content-language", "content-encoding"}


def language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def request_scheme(environ):
    """The scheme as Django's HttpRequest.scheme decides it (SECURE_PROXY_SSL_HEADER)."""
    proxy_header = settings.SECURE_PROXY_SSL_HEADER
    if proxy_header:
        header, secure_value = proxy_header
        value = environ.get(header)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return environ.get("wsgi.url_scheme", "http")


def request_host(environ):
    """The Host as sent (Django's _get_raw_host); validated by Django before any store."""
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in environ:
        return environ["HTTP_X_FORWARDED_HOST"]
    if "HTTP_HOST" in environ:
        return environ["HTTP_HOST"]
    port = environ.get("SERVER_PORT", "")
    if settings.USE_X_FORWARDED_PORT and "HTTP_X_FORWARDED_PORT" in environ:
        port = environ["HTTP_X_FORWARDED_PORT"]
    default_port = "443" if request_scheme(environ) == "https" else "80"
    name = environ.get("SERVER_NAME", "")
    return name if port == default_port else f"{name}:{port}"


def page_key(environ):
    return "".join(
        (
            KEY_PREFIX,
            request_scheme(environ),
            "://",
            request_host(environ),
            environ.get("SCRIPT_NAME", ""),
            environ.get("PATH_INFO", ""),
            "?",
            environ.get("QUERY_STRING", ""),
        )
    )


def is_anonymous_page_request(environ, prefixes):
    # The session cookie test is deliberately loose (a substring): a false positive only
    # sends the request to Django, which decides exactly.
    return (
        settings.PAGE_CACHE_ENABLED
        and environ.get("REQUEST_METHOD") == "GET"
        and environ.get("PATH_INFO", "").startswith(prefixes)
        and settings.SESSION_COOKIE_NAME not in environ.get("HTTP_COOKIE", "")
    )


def lookup(key):
    """(entry or None, version): the stored page only if built with the current version."""
    found = cache.get_many([key, VERSION_KEY])
    version = found.get(VERSION_KEY) or current_version()
    entry = found.get(key)
    if entry is not None and version is not None and entry[0] == version:
        return entry, version
    return None, version


def replay(entry, if_none_match, outcome):
    """Status, headers and body of a stored page; 304 when the visitor has this version."""
    _version, headers, body, etag = entry
    headers = [*headers, ("ETag", etag), ("X-Cache", outcome)]
    if if_none_match:
        etags = parse_etags(if_none_match)
        if etags == ["*"] or etag.removeprefix("W/") in {e.removeprefix("W/") for e in etags}:
            kept = [(name, value) for name, value in headers if name.lower() not in DROPPED_BY_304]
            return 304, kept, b""
    return 200, headers, body


class FullPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = language_prefixes()
        self.timeout = settings.PAGE_CACHE_TIMEOUT
        self.public_headers = {
            "max_age": settings.PAGE_CACHE_MAX_AGE,
            "stale_while_revalidate": settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        }

    def __call__(self, request):
        if getattr(request, "is_dummy", False) or not is_anonymous_page_request(
            request.META, self.prefixes
        ):
            return self.uncacheable(request)
        if self.has_session(request):  # the exact test, after the loose one above
            return self.uncacheable(request)

        request.get_host()  # DisallowedHost (400) before anything is read or stored
        key = request.META.get(ENVIRON_KEY) or page_key(request.META)
        entry, version = lookup(key)
        if entry is not None:
            return self.as_response(replay(entry, request.headers.get("If-None-Match"), "HIT"))

        # Lookups made while rendering (site, footer, navigation) reuse this version.
        request.content_version = version
        response = self.get_response(request)
        if version is None or not self.is_storable(request, response):
            return response
        patch_cache_control(response, public=True, **self.public_headers)
        body = response.content
        etag = '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'
        headers = [(name, value) for name, value in response.items() if name != "ETag"]
        entry = (version, headers, body, etag)
        cache.set(key, entry, self.timeout)
        return self.as_response(replay(entry, request.headers.get("If-None-Match"), "MISS"))

    def uncacheable(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/") or self.has_session(request):
            patch_cache_control(response, private=True, no_store=True)
        return response

    def has_session(self, request):
        return settings.SESSION_COOKIE_NAME in request.COOKIES

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

    @staticmethod
    def as_response(replayed):
        status, headers, body = replayed
        response = HttpResponse(body, status=status, headers=headers)
        if status == 304 and "Content-Type" in response:
            del response["Content-Type"]  # HttpResponse adds a default one
        return response


class CachedPageApplication:
    """WSGI wrapper that answers cache hits without entering Django.

    Everything that is not a hit (misses, other paths, POSTs, editors, a cache outage) goes
    to Django unchanged, where FullPageCacheMiddleware renders and stores the page.
    """

    def __init__(self, application):
        self.application = application
        self.prefixes = language_prefixes()

    def __call__(self, environ, start_response):
        if not is_anonymous_page_request(environ, self.prefixes):
            return self.application(environ, start_response)
        started = time.perf_counter()
        key = page_key(environ)
        entry, _version = lookup(key)
        if entry is None:
            environ[ENVIRON_KEY] = key
            return self.application(environ, start_response)

        status, headers, body = replay(entry, environ.get("HTTP_IF_NONE_MATCH"), "HIT")
        headers, body = gzip_replayed(environ, status, headers, body)
        start_response("200 OK" if status == 200 else "304 Not Modified", headers)
        path = environ.get("PATH_INFO", "")
        log_request(
            method="GET",
            path=path.encode("latin-1", "replace").decode("utf-8", "replace"),
            status=status,
            started=started,
            language=path.split("/", 2)[1],
            size=len(body),
            request_id=environ.get("HTTP_X_REQUEST_ID", ""),
        )
        return [body]
