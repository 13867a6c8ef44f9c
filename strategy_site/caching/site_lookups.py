"""Lookups a page render needs (navigation, each page's data), cached per content version.

On a page-cache miss these would otherwise cost several queries per request; cached, they
cost one cache read each and are rebuilt only after a change bumps the content version.

A value stored under a content version never changes: a change makes a new version rather
than updating the value. So each process also keeps what it read for the current version
(`ProcessMemo`), and a render reads the shared cache once, for the version, instead of once
per lookup and fragment.
"""

import contextlib
import pickle
import threading
import time

from django.core.cache import cache
from django.db.models import Prefetch
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail.models import Site

from strategy_site.caching.content_version import current_version
from strategy_site.caching.page_queries import built_once, with_linked_page
from strategy_site.models import FooterLink, SiteSettings
from strategy_site.public.pagination import requested_page

LOOKUP_TIMEOUT = 60 * 60


def dumped(value):
    """How a lookup's value is kept, in this process and in the shared cache: strings (HTML)
    as they are, anything else pickled, so that every reader gets its own copy."""
    return value if isinstance(value, str) else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def loaded(stored):
    # The bytes this project pickled: in the shared cache, a value the cache backend would
    # otherwise have unpickled itself.
    return stored if isinstance(stored, str) else pickle.loads(stored)  # noqa: S301


class ProcessMemo:
    """This process's copy of the values built for one content version.

    Everything is dropped as soon as a request sees another version, and after `max_age`
    seconds: should a bump be lost while the shared cache is unreachable, the shared
    entries expire after LOOKUP_TIMEOUT, and this copy must not outlive them by much.
    Objects are kept pickled, so that every request gets its own copy to annotate (as the
    shared cache gives); strings are immutable and kept as they are. The oldest entries go
    first when a version holds more than `max_entries` (a large site visited page by page).
    """

    def __init__(self, max_entries=1000, max_age=300):
        self.max_entries = max_entries
        self.max_age = max_age
        self.lock = threading.Lock()
        self.version = None
        self.values = {}
        self.started = 0.0

    def get(self, version, key):
        if version != self.version or time.monotonic() - self.started > self.max_age:
            return None
        stored = self.values.get(key)
        return None if stored is None else loaded(stored)

    def set(self, version, key, value):
        self.keep(version, key, dumped(value))

    def keep(self, version, key, stored):
        """`set`, for a value already `dumped`."""
        with self.lock:
            if version != self.version or time.monotonic() - self.started > self.max_age:
                self.version, self.values, self.started = version, {}, time.monotonic()
            while len(self.values) >= self.max_entries:
                del self.values[next(iter(self.values))]
            self.values[key] = stored

    def clear(self):
        with self.lock:
            self.version, self.values, self.started = None, {}, 0.0


memo = ProcessMemo()
# While the shared cache is unreachable there is no version to key on: this process keeps
# what it built for a few seconds, so an outage does not rebuild every lookup on every
# request (a change made meanwhile shows here after at most `max_age` seconds).
outage_memo = ProcessMemo(max_age=10)
OUTAGE = "cache-unreachable"


def request_version(request):
    """The content version, read from the cache once per request."""
    version = getattr(request, "content_version", None) if request is not None else None
    if version is None:
        version = current_version()
        if request is not None and version is not None:
            request.content_version = version
    return version


def versioned(request, key, build, keep=None):
    """`build()`, cached under `key` for as long as the content version does not change.

    None is never kept, nor a value for which `keep(value)` is false. Previews render
    unsaved content: they always build.
    """
    if getattr(request, "is_preview", False):
        return build()
    version = request_version(request)
    if version is None:
        return _built_during_outage(key, build, keep)
    value = memo.get(version, key)
    if value is not None:
        return value
    # The shared cache holds each value as `dumped` (marked in the key, so that no process
    # of an earlier release reads bytes for a value): pickled once, here, for this process
    # and the cache both, rather than once by each.
    versioned_key = f"{key}:{version}:dumped"
    stored = cache.get(versioned_key)
    if stored is None:
        value = build()
        if value is None or (keep is not None and not keep(value)):
            return value
        stored = dumped(value)
        collected = getattr(request, "collected_lookups", None)
        if collected is None:
            cache.set(versioned_key, stored, LOOKUP_TIMEOUT)
        else:
            collected[versioned_key] = stored
    else:
        value = loaded(stored)
    memo.keep(version, key, stored)
    return value


@contextlib.contextmanager
def collecting_lookups(request):
    """Lookups `request` builds inside the block reach the shared cache together, at its end.

    A render right after a publish builds a dozen (route, settings, menu, page data,
    fragments), and each write was a round trip to Redis: about 0.1 ms of CPU each,
    1.3 ms per render (measured with bench/render_profile.py --redis --cold). One
    `set_many` sends them in one pipeline. Meanwhile this process reads them from its
    `ProcessMemo`; another process that needs one before the end builds it as it would have.
    """
    request.collected_lookups = {}
    try:
        yield
    finally:
        collected, request.collected_lookups = request.collected_lookups, None
        if collected:
            cache.set_many(collected, LOOKUP_TIMEOUT)


def _built_during_outage(key, build, keep):
    value = outage_memo.get(OUTAGE, key)
    if value is None:
        value = build()
        if value is not None and (keep is None or keep(value)):
            outage_memo.set(OUTAGE, key, value)
    return value


def page_data(request, page, name, build, keep=None):
    """`build()` for what `page` shows in the active language, kept per content version.

    For what a page's `get_context` queries: previews, which show unsaved relations,
    always build.
    """
    key = f"page-data:{page.pk}:{name}:{get_language()}"
    return versioned(request, key, build, keep)


def paged_page_data(request, page, name, build, slice_of=lambda found: found):
    """`page_data` for one page of a paginated list (`slice_of` finds its PageSlice).

    Kept per page number, and only for numbers that have items (and the first): any other
    number is an empty page, and every number a visitor might type would fill the cache.
    """
    number = requested_page(request)
    return page_data(
        request,
        page,
        f"{name}:{number}",
        build,
        keep=lambda found: slice_of(found).items or number == 1,
    )


def site_settings_for(request):
    """The request's site settings with their links, kept per content version.

    Every page shows them (header, footer, title): read through Wagtail's site lookup, with
    the links prefetched, so the footer renders them without a query of its own. Read once
    per request: the template context, the SEO head and the experts' JSON-LD all ask, and
    each read from the process memo unpickles a copy.
    """
    if request is not None and hasattr(request, "_site_settings"):
        return request._site_settings
    site = Site.find_for_request(request)
    if site is None:
        return None

    def build():
        links = Prefetch("footer_links", footer_links_query())
        settings = settings_query().filter(site=site).prefetch_related(links, "social_links")
        # A site has one row at most: a slice, not `first()`, whose ordering by the
        # primary key Django would compile for nothing.
        return next(iter(settings[:1]), None)

    found = versioned(request, f"site-settings:{site.pk}", build)
    if request is not None:
        request._site_settings = found
    return found


@built_once
def settings_query():
    return with_linked_page(SiteSettings.objects.all(), "accessibility_page")


@built_once
def footer_links_query():
    return with_linked_page(FooterLink.objects.all(), "page")


def site_settings(request):
    """Context processor: `site_settings`, looked up only when a template uses it."""
    return {"site_settings": SimpleLazyObject(lambda: site_settings_for(request))}

