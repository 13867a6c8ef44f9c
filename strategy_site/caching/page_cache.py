"""Full-page cache for anonymous visitors, and the HTTP caching headers of every response.

Two layers share one store:

- ``FullPageCacheMiddleware`` sits at the top of the middleware stack (after the probes and
  the request log). On a miss it lets the page render, then stores the response as every
  middleware below it left it: security, CSP and Permissions-Policy headers included.
- ``CachedPageApplication`` wraps Django's WSGI application (strategy_site/wsgi.py). A hit
  is answered there, before Django runs a middleware: one cache round trip, no SQL, a log
  line, and the stored bytes (bench/run.py, docs/caching.md).

A page is keyed only on what its response depends on (``page_key``): the scheme, the Host
Django accepted (ALLOWED_HOSTS), the path, and the query parameters the views read
(``PAGE_CACHE_QUERY_PARAMETERS``), normalised. Tracking parameters (``utm_*``, ``fbclid``…)
are dropped before the view runs, so the page rendered is exactly the page keyed; a request
with any other parameter is left alone: never served from the cache, never stored. Only
responses that are the same for every anonymous visitor are stored: GET, 200, no cookie
set, nothing marked private, no preview, nobody logged in. Nothing is read or written
before the Host is accepted: a request that ends in 400 leaves no key behind.
"""

import fnmatch
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse, QueryDict
from django.utils.cache import patch_cache_control
from django.utils.http import parse_etags

from strategy_site.caching.compression import gzip_replayed
from strategy_site.caching.content_version import VERSION_KEY, current_version
from strategy_site.caching.site_lookups import collecting_lookups
from strategy_site.ops.request_logging import log_request

KEY_PREFIX = "page:"
# Memcached refuses keys over 250 characters and Django warns at any backend; a long search
# or path is keyed on its digest instead (readable keys stay readable in redis-cli).
LONGEST_READABLE_KEY = 200
# A 304 carries the validators and caching headers, not the representation's metadata.
DROPPED_BY_304 = {"content-type", "content-length", "content-language", "content-encoding"}


def language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def is_tracking_parameter(name):
    return any(
        fnmatch.fnmatchcase(name, pattern) for pattern in settings.PAGE_CACHE_IGNORED_PARAMETERS
    )


def normalised_query(query):
    """The query string a cacheable request is keyed on and rendered with, or None.

    `query` is the request's QueryDict. Only the parameters the views read are kept, each
    with the value `QueryDict.get` gives (the last), sorted by name; tracking parameters are
    dropped. None when any other parameter is present: what it changes is unknown here, so
    the cache leaves such a request to Django.
    """
    kept = QueryDict(mutable=True)
    for name in sorted(query):
        if name in settings.PAGE_CACHE_QUERY_PARAMETERS:
            kept[name] = query[name]
        elif not is_tracking_parameter(name):
            return None
    return kept.urlencode()


def page_key(request):
    """The cache key of a request the page cache may answer, or None to leave it to Django.

    Raises DisallowedHost for a Host outside ALLOWED_HOSTS, before anything is read or
    stored. The site is served at the root: a SCRIPT_NAME (which a proxy header can set)
    would make the same view answer under another path, so such a request is left alone.
    """
    if not (
        settings.PAGE_CACHE_ENABLED
        and request.method == "GET"
        and not request.META.get("SCRIPT_NAME")
        and request.path_info.startswith(language_prefixes())
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    ):
        return None
    query = normalised_query(request.GET)
    if query is None:
        return None
    host = request.get_host().lower()
    address = f"{request.scheme}://{host}{request.path}?{query}"
    if len(KEY_PREFIX) + len(address) > LONGEST_READABLE_KEY:
        address = "sha256:" + hashlib.sha256(address.encode()).hexdigest()
    return f"{KEY_PREFIX}{address}"


def render_with(request, query):
    """Let the view see the normalised query string only: it renders what is keyed."""
    request.META["QUERY_STRING"] = query
    request.GET = QueryDict(query)


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
        self.timeout = settings.PAGE_CACHE_TIMEOUT
        self.public_headers = {
            "max_age": settings.PAGE_CACHE_MAX_AGE,
            "stale_while_revalidate": settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        }

    def __call__(self, request):
        key = None if getattr(request, "is_dummy", False) else page_key(request)
        if key is None:
            return self.uncacheable(request)

        entry, version = lookup(key)
        if entry is not None:
            return self.as_response(replay(entry, request.headers.get("If-None-Match"), "HIT"))

        render_with(request, normalised_query(request.GET))
        # Lookups made while rendering (site, footer, navigation) reuse this version.
        request.content_version = version
        with collecting_lookups(request):
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
        with collecting_lookups(request):
            response = self.get_response(request)
        if request.path.startswith(settings.ADMIN_URL_PREFIX) or self.has_session(request):
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
    """WSGI wrapper that answers cache hits without running Django's middleware or views.

    The request is parsed by Django itself (a WSGIRequest: its host validation, scheme,
    path and query parsing), so the key is the one FullPageCacheMiddleware stores under.
    Everything that is not a hit (misses, other paths, POSTs, editors, a rejected Host, a
    cache outage) goes to Django, which renders, stores or refuses it.
    """

    def __init__(self, application):
        self.application = application
        self.prefixes = language_prefixes()

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") != "GET" or not environ.get("PATH_INFO", "").startswith(
            self.prefixes
        ):
            return self.application(environ, start_response)
        started = time.perf_counter()
        # A copy: WSGIRequest writes the decoded path back into the environ it reads, and the
        # application must get the raw one (a path such as /en/%F0%9F%92%A9/ does not encode).
        request = WSGIRequest(dict(environ))
        try:
            key = page_key(request)
        except DisallowedHost:
            key = None  # Django answers 400
        if key is None:
            return self.application(environ, start_response)
        entry, _version = lookup(key)
        if entry is None:
            environ["QUERY_STRING"] = normalised_query(request.GET)
            return self.application(environ, start_response)

        status, headers, body = replay(entry, environ.get("HTTP_IF_NONE_MATCH"), "HIT")
        headers, body = gzip_replayed(environ, status, headers, body)
        start_response("200 OK" if status == 200 else "304 Not Modified", headers)
        log_request(
            method="GET",
            path=request.path,
            status=status,
            started=started,
            language=request.path_info.split("/", 2)[1],
            size=len(body),
            request_id=environ.get("HTTP_X_REQUEST_ID", ""),
        )
        return [body]
