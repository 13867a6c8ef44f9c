"""Purge a published page from a CDN in every language, with each language's own slugs.

wagtail.contrib.frontend_cache purges the page's URL in the active language, and its
WAGTAILFRONTENDCACHE_LANGUAGES option only swaps the language prefix, which is wrong here:
the French URL of the Cell is /fr/cellule/, not /fr/cel/. Active only when
wagtail.contrib.frontend_cache is installed and WAGTAILFRONTENDCACHE is configured.
"""

from django.conf import settings
from django.utils import translation
from wagtail.signals import page_published, page_unpublished


def page_urls_in_every_language(page):
    urls = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = page.get_full_url()
        if url:
            urls.append(url)
    return urls


def purge_page_everywhere(sender, instance, **kwargs):
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(page_urls_in_every_language(instance))


def connect():
    if "wagtail.contrib.frontend_cache" not in settings.INSTALLED_APPS:
        return
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    page_published.connect(purge_page_everywhere, dispatch_uid="cdn-purge-published")
    page_unpublished.connect(purge_page_everywhere, dispatch_uid="cdn-purge-unpublished")
