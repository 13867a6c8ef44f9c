"""Drops every page from the edge cache (Varnish, deploy/varnish/default.vcl) on a content change.

One site-wide ban per change, for the reason the content version is one number
(strategy_site/caching/content_version.py): every page shows the navigation and the footer, and
partners, experts and objectives each appear on several pages in three languages, so almost
any change touches most pages; a ban cannot miss one, and refilling costs one render per
page. The ban is sent once the change is committed (strategy_site/caching/content_signals.py):
before that, the edge could fetch and keep the page as it was. Varnish marks a repeated
identical ban as a duplicate (ban_dups), so a save with many inline rows costs little.
A CDN is purged by wagtail.contrib.frontend_cache (strategy_site/caching/cdn_purge.py).
"""

import logging
import urllib.request

from django.conf import settings

logger = logging.getLogger(__name__)


def page_pattern():
    """What the ban matches: every URL under a language prefix."""
    codes = "|".join(code for code, _name in settings.LANGUAGES)
    return f"^/({codes})/"


def ban_every_page():
    for url in settings.EDGE_CACHE_BAN_URLS:
        request = urllib.request.Request(  # noqa: S310 (a URL from the settings)
            url, method="BAN", headers={"X-Ban-Pattern": page_pattern()}
        )
        try:
            urllib.request.urlopen(request, timeout=2).close()  # noqa: S310
        except OSError as error:
            logger.warning("The edge cache at %s could not be purged: %s", url, error)
