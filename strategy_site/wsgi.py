"""WSGI entry point for gunicorn.

Cached pages are answered by CachedPageApplication before Django handles the request
(strategy_site/caching/page_cache.py); everything else goes through Django.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "strategy_site.settings.production")

django_application = get_wsgi_application()

from strategy_site.caching.page_cache import CachedPageApplication  # noqa: E402 (needs settings)

application = CachedPageApplication(django_application)
