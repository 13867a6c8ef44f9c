"""One number that changes whenever anything a visitor can see changes.

Every cached page and every cached lookup (site, footer, navigation) is stored with the
version current when it was built, and used only while that version is still current.
Why one site-wide version rather than per-page keys: every public page shows the navigation,
the footer and the site settings, and objectives, partners and experts each appear on
several pages, so nearly every publish changes many pages in all three languages at once.
Bumping one number invalidates all of them in every process that shares the cache, with no
dependency tracking that could miss a case; the site has tens of pages, so refilling the
cache costs little.
"""

import logging
import time

from django.core.cache import cache

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"


def current_version():
    """The current version; None when the cache cannot be reached (then nothing is cached)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # Start from the clock so a version lost with an emptied cache is never reused.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_version(**_signal_kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet, or evicted: any fresh number invalidates
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)
    if cache.get(VERSION_KEY) is None:
        logger.warning("The cache is unreachable: cached pages could not be invalidated.")
