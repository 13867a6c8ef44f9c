from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from strategy_site import page_routing

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /nl/, /fr/, /en/. A request for "/"
# is redirected by LocaleMiddleware (cookie, then Accept-Language, then Dutch).
urlpatterns += i18n_patterns(
    # Same pattern and name as Wagtail's own, listed first so that pages are found by
    # page_routing (one query) rather than by walking the tree.
    re_path(wagtail_urls.serve_pattern, page_routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
