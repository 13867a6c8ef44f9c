"""How a visitor arrives in a language and changes it.

`/` has no language: it redirects to the visitor's language, chosen by the language cookie,
then Accept-Language, then Dutch (Django's `get_language_from_request` applies that order).
The response varies on both, so no shared cache serves one visitor's choice to another.

The language switcher's links go through `switch_language`, which remembers the choice in
Django's language cookie and then redirects to the same page in that language. A plain link
does this without JavaScript; the cookie is the only state, and the target is always a local
path (never an open redirect).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

from strategy_site.i18n.page_urls import language_root


@require_safe
def redirect_to_preferred_language(request):
    language = translation.get_language_from_request(request, check_path=False)
    response = HttpResponseRedirect(language_root(language))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def switch_language_url(language, target_url):
    """The switcher's link: remember `language`, then go to `target_url`."""
    return f"{reverse('switch_language', args=[language])}?{urlencode({'next': target_url})}"


@require_safe
def switch_language(request, language):
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    target = request.GET.get("next", "")
    is_local = target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not is_local:
        target = language_root(language)
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    patch_cache_control(response, no_store=True)
    return response
