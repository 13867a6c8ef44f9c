"""The public error pages: 400, 403, 404, 500, and 503 while the database is down.

Each speaks the visitor's language (the URL's prefix, else the language cookie, else
Accept-Language, else Dutch) and links to the home page in that language. A page is drawn
in the site's full chrome (base.html: navigation, search, language switcher, footer) when
it can be; base.html reads SiteSettings and the page tree, so when that fails (the
database is down, or the error came from the chrome itself) the same page is drawn in the
standalone chrome (templates/errors/standalone.html), which needs no database. The 503
page, whose cause is the database, goes straight to the standalone chrome.
"""

import logging
import sys

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation

from strategy_site.i18n.language_choice import switch_language_url
from strategy_site.i18n.localized_urls import url_in_each_language

DATABASE_DOWN_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
FULL_CHROME = "base.html"
STANDALONE_CHROME = "errors/standalone.html"

logger = logging.getLogger(__name__)


def visitor_language(request):
    """The prefix's language, else cookie, else Accept-Language, else Dutch (no database)."""
    try:
        language = translation.get_language_from_request(request, check_path=True)
    except Exception:  # a request too broken to read still gets a page
        return settings.LANGUAGE_CODE
    # "/NL/" matches case-insensitively; the page's lang attribute takes the canonical code.
    codes = {code.lower(): code for code, _name in settings.LANGUAGES}
    return codes.get(language.lower(), settings.LANGUAGE_CODE)


def home_urls():
    """Each language's home page: where the switcher leads from a page that does not exist."""
    return url_in_each_language("wagtail_serve", "")


def standalone_languages(language, urls):
    """The language switcher's entries without the page tree (components/language_switcher)."""
    return [
        {
            "code": code,
            "name": name,
            "switch_url": switch_language_url(code, urls[code]),
            "is_current": code == language,
        }
        for code, name in settings.LANGUAGES
    ]


def host_accepted(request):
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def render_error_page(request, template_name, status, full_chrome=True, **extra):
    # The site's chrome reads and fills the cache: never on behalf of a request whose Host
    # Django refused (a 400, or a 405 answered before the Host was checked).
    full_chrome = full_chrome and host_accepted(request)
    language = visitor_language(request)
    with translation.override(language):
        urls = home_urls()
        context = {
            "language": language,
            "home_url": urls[language],
            "language_urls": urls,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "status": status,
            **extra,
        }
        template = loader.get_template(template_name)
        body = None
        if full_chrome:
            try:
                body = template.render({**context, "chrome_template": FULL_CHROME}, request)
            except Exception:  # the chrome needs the database and the page tree
                logger.warning("error page %s drawn without the site's chrome", status)
        if body is None:
            body = template.render(
                {
                    **context,
                    "chrome_template": STANDALONE_CHROME,
                    "languages": standalone_languages(language, urls),
                }
            )
    response = HttpResponse(body, status=status)
    response["Content-Language"] = language
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception=None):
    return render_error_page(request, "errors/400.html", 400)


def permission_denied(request, exception=None):
    return render_error_page(request, "errors/403.html", 403)


def page_not_found(request, exception=None):
    return render_error_page(request, "errors/404.html", 404)


def caused_by_database_outage(exception):
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, DATABASE_DOWN_ERRORS):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False


def server_error(request):
    """500, or 503 with Retry-After when the exception is the database being unreachable.

    Django calls handler500 while the exception is being handled, so it is sys.exc_info().
    The connection is not reused: Django closes an unusable one when the request ends, and
    conn_health_checks tests it before the next, so the site recovers by itself.
    """
    if caused_by_database_outage(sys.exc_info()[1]):
        response = render_error_page(request, "errors/503.html", 503, full_chrome=False)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return render_error_page(request, "errors/500.html", 500)


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' lock-out answer: a clear page in the editor's language, status 429."""
    return render_error_page(
        request, "errors/login_locked_out.html", 429, full_chrome=False
    )
