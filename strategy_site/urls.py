from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from strategy_site.security import security_txt

urlpatterns = [
    # /healthz and /readyz are answered by strategy_site.health.HealthCheckMiddleware.
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /nl/, /fr/, /en/. A request for "/"
# is redirected by LocaleMiddleware (cookie, then Accept-Language, then Dutch).
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Error pages in the visitor's language that never touch the database (error_pages.py).
handler400 = "strategy_site.error_pages.bad_request"
handler403 = "strategy_site.error_pages.permission_denied"
handler404 = "strategy_site.error_pages.page_not_found"
handler500 = "strategy_site.error_pages.server_error"
