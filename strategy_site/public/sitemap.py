"""`/sitemap.xml` in all three languages and `/robots.txt` pointing to it.

Django's i18n sitemap lists one entry per (page, language) with `xhtml:link` alternates.
`get_languages_for_item` asks `page_is_translated`, so a language version that is not
translated is neither listed nor named as an alternate. `x-default` is the Dutch version
(Django's own x-default would point to an unprefixed URL, which is a redirect here).
The search page is listed too, without a query: result pages are `noindex`.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.models import Site

from strategy_site.i18n.translation_readiness import translated_languages


class DutchDefaultSitemap(Sitemap):
    """Every language with its alternates, and the Dutch version as x-default."""

    i18n = True
    alternates = True

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        source = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        for url in urls:
            default = next((a for a in url["alternates"] if a["lang_code"] == source), None)
            if default:
                url["alternates"].append(
                    {"location": default["location"], "lang_code": "x-default"}
                )
        return urls


class PageSitemap(DutchDefaultSitemap):

    def __init__(self, request):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return []
        return list(
            site.root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .specific()
            .order_by("path")
        )

    def get_languages_for_item(self, item):
        return translated_languages(item)

    def location(self, page):
        return page.get_url(self.request)

    def lastmod(self, page):
        return page.last_published_at


class SearchPageSitemap(DutchDefaultSitemap):
    """The search page without a query, which is indexable; its result pages are not."""

    def items(self):
        return ["site_search"]

    def location(self, name):
        # Django's i18n sitemap calls this with each language active.
        return reverse(name)


@require_safe
def sitemap_xml(request):
    return sitemap(request, {"pages": PageSitemap(request), "search": SearchPageSitemap()})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap_xml'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
