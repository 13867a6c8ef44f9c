"""The privacy and cookies page: interface text, in every language, not editable content.

What it states is read from the settings that decide it (the language cookie's name and
lifetime), so that the page stays true when they change.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from strategy_site.i18n.localized_urls import url_in_each_language

SECONDS_PER_DAY = 24 * 60 * 60


@require_safe
def privacy_view(request):
    return TemplateResponse(
        request,
        "strategy_site/privacy.html",
        {
            "page_title": gettext("Privacy and cookies"),
            "page_description": gettext(
                "The one cookie this site sets, what it is for, and what the site does not do."
            ),
            "language_urls": url_in_each_language("privacy"),
            "language_cookie_name": settings.LANGUAGE_COOKIE_NAME,
            "language_cookie_days": settings.LANGUAGE_COOKIE_AGE // SECONDS_PER_DAY,
            "session_cookie_name": settings.SESSION_COOKIE_NAME,
            "csrf_cookie_name": settings.CSRF_COOKIE_NAME,
        },
    )
