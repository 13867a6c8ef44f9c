from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from objectives.full_strategy import full_strategy_view
from partners.views import expert_vcard_download
from strategy_site.i18n.language_choice import redirect_to_preferred_language, switch_language
from strategy_site.i18n.localized_urls import localized_route
from strategy_site.ops.admin_logout import PostOnlyLogoutView
from strategy_site.ops.security import security_txt
from strategy_site.public.privacy import privacy_view
from strategy_site.public.sitemap import robots_txt, sitemap_xml
from strategy_site.search.views import search_view

urlpatterns = [
    path("", redirect_to_preferred_language, name="preferred_language"),
    path("language/<str:language>/", switch_language, name="switch_language"),
    path("sitemap.xml", sitemap_xml, name="sitemap_xml"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # /healthz and /readyz are answered by strategy_site.ops.health.HealthCheckMiddleware.
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("admin/logout/", PostOnlyLogoutView.as_view(), name="wagtailadmin_logout"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /nl/, /fr/, /en/. A request for "/"
# is redirected by `redirect_to_preferred_language` (cookie, then Accept-Language, then Dutch).
urlpatterns += i18n_patterns(
    path(
        localized_route({"nl": "zoeken/", "fr": "recherche/", "en": "search/"}),
        search_view,
        name="site_search",
    ),
    path(
        localized_route(
            {"nl": "volledige-strategie/", "fr": "strategie-complete/", "en": "full-strategy/"}
        ),
        full_strategy_view,
        name="full_strategy",
    ),
    path(
        localized_route({"nl": "privacy/", "fr": "vie-privee/", "en": "privacy/"}),
        privacy_view,
        name="privacy",
    ),
    path("experts/<int:expert_id>.vcf", expert_vcard_download, name="expert_vcard"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Error pages in the visitor's language that never touch the database (ops/error_pages.py).
handler400 = "strategy_site.ops.error_pages.bad_request"
handler403 = "strategy_site.ops.error_pages.permission_denied"
handler404 = "strategy_site.ops.error_pages.page_not_found"
handler500 = "strategy_site.ops.error_pages.server_error"
