"""Per-request lookups every page needs (site, settings, navigation), cached per content version.

On a page-cache miss these would otherwise cost several queries per request; cached, they
cost one cache read each and are rebuilt only after a change bumps the content version.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch, prefetch_related_objects
from django.http.request import split_domain_port
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from .content_version import current_version
from .models import FooterLink
from .page_queries import live_public

LOOKUP_TIMEOUT = 60 * 60


def versioned(request, key, build):
    """`build()`, cached under `key` for as long as the content version does not change."""
    version = getattr(request, "content_version", None) or current_version()
    if version is None:
        return build()
    versioned_key = f"{key}:{version}"
    value = cache.get(versioned_key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(versioned_key, value, LOOKUP_TIMEOUT)
    return value


def match_site(sites, hostname, port):
    """Wagtail's matching rules (wagtail.models.sites.get_site_for_hostname) over a list."""
    for site in sites:
        if site.hostname == hostname and site.port == port:
            return site
    default = next((site for site in sites if site.is_default_site), None)
    if default is not None and default.hostname == hostname:
        return default
    named = [site for site in sites if site.hostname == hostname]
    if len(named) == 1:
        return named[0]
    return default


def load_site(hostname, port):
    """The site, its root page and its settings with their links, in three queries."""
    sites = list(
        Site.objects.select_related("root_page", "sitesettings", "sitesettings__accessibility_page")
    )
    site = match_site(sites, hostname, port)
    settings = getattr(site, "sitesettings", None) if site else None
    if settings is not None:
        prefetch_related_objects(
            [settings],
            Prefetch("footer_links", queryset=FooterLink.objects.select_related("page")),
            "social_links",
        )
    return site


class CachedSiteMiddleware:
    """Resolves the Wagtail site (with its settings) from the cache, before Wagtail asks.

    Only for the public pages under a language prefix: probes, security.txt and the admin
    need no site, or look it up themselves.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        if not request.path.startswith(self.prefixes):
            return self.get_response(request)
        # Like Site.find_for_request: the raw host, since ALLOWED_HOSTS is checked elsewhere.
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        site = versioned(request, f"site:{hostname}:{port}", lambda: load_site(hostname, port))
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)


def site_settings_for(request):
    """The request's site settings, with their links, from the cached site."""
    site = Site.find_for_request(request)
    return getattr(site, "sitesettings", None) if site else None


def site_settings(request):
    """Context processor: `site_settings`, looked up only when a template uses it."""
    return {"site_settings": SimpleLazyObject(lambda: site_settings_for(request))}


def menu_pages(request, root):
    """The live, public children of the site root that are shown in menus."""

    def build():
        return list(live_public(root.get_children().in_menu()))

    return versioned(request, f"menu:{root.pk}", build)
