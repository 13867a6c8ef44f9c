"""Security headers and the security contact file.

The header values live in the settings (``CONTENT_SECURITY_POLICY``,
``ADMIN_CONTENT_SECURITY_POLICY``, ``PERMISSIONS_POLICY``); docs/security.md lists them.
"""

import datetime
import re

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with Wagtail's admin on a policy of its own.

    The public pages get ``CONTENT_SECURITY_POLICY`` (no inline script, no eval). Wagtail's
    admin renders inline scripts and styles, which a strict policy would break, so paths
    under ``ADMIN_URL_PREFIX`` get ``ADMIN_CONTENT_SECURITY_POLICY``:
    see docs/security.md.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        # Wagtail renders previews through a dummy request for the page's public URL
        # (`is_dummy`), shown in a same-origin frame in the admin: it takes the admin policy.
        in_admin = request.path_info.startswith(settings.ADMIN_URL_PREFIX) or getattr(
            request, "is_dummy", False
        )
        if not report_only and parts.config is None and in_admin:
            return PolicyParts(
                settings.ADMIN_CONTENT_SECURITY_POLICY, parts.update, parts.replace, parts.nonce
            )
        return parts


# RFC 9116 asks for an expiry under a year away, so that a forgotten file goes stale
# visibly. The contact comes from the deployment's settings, so the file is renewed with
# every deployment: it announces the next 180 days.
SECURITY_TXT_VALIDITY = datetime.timedelta(days=180)


@require_safe
@cache_control(max_age=86_400, public=True)
def security_txt(request):
    if not settings.SECURITY_CONTACT:
        raise Http404("No security contact is configured.")
    expires = (timezone.now() + SECURITY_TXT_VALIDITY).replace(microsecond=0)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.astimezone(datetime.UTC).isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: nl, fr, en",
        f"Canonical: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class PublicMethodsMiddleware:
    """Public pages are read with GET and HEAD (and OPTIONS); anything else gets a 405.

    Wagtail's pages accept every method by default (``Page.allowed_http_methods``) and CSRF
    would answer a stray POST with a 403: a visitor's tool sending PUT, DELETE or POST to a
    page gets a plain "method not allowed" in their language instead. The admin and the
    paths in ``PUBLIC_POST_PATHS`` (Wagtail's password forms for private pages and
    documents) keep POST; a future form page adds its path there.
    """

    SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

    def __init__(self, get_response):
        self.get_response = get_response
        self.post_paths = [re.compile(pattern) for pattern in settings.PUBLIC_POST_PATHS]

    def __call__(self, request):
        if request.method not in self.SAFE_METHODS and not self.may_post(request):
            from strategy_site.ops.error_pages import render_error_page

            response = render_error_page(request, "errors/405.html", 405)
            response["Allow"] = ", ".join(self.SAFE_METHODS)
            return response
        return self.get_response(request)

    def may_post(self, request):
        path = request.path_info
        return request.method == "POST" and (
            path.startswith(settings.ADMIN_URL_PREFIX)
            or any(pattern.search(path) for pattern in self.post_paths)
        )
