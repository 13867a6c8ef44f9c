from urllib.parse import urlencode

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from strategy_site.i18n.localized_urls import url_in_each_language

from .query import (
    MAX_QUERY_LENGTH,
    clean_query,
    match_counts,
    other_languages_with_matches,
    search,
)


def search_urls_keeping_query(query):
    """The search page in each language with the same query: switching language repeats
    the search instead of emptying it."""
    urls = url_in_each_language("site_search")
    if not query:
        return urls
    return {code: f"{url}?{urlencode({'q': query})}" for code, url in urls.items()}


@require_safe
def search_view(request):
    language = translation.get_language()
    query = clean_query(request.GET.get("q"))
    results = None
    elsewhere = []
    if query:
        counts = match_counts(query, request)
        results = search(
            query, language, request.GET.get("page"), request, count=counts.get(language, 0)
        )
        if not results.paginator.count:
            search_urls = url_in_each_language("site_search")
            languages = dict(settings.LANGUAGES)
            elsewhere = [
                {
                    "code": code,
                    "name": languages[code],
                    "url": f"{search_urls[code]}?{request.GET.urlencode()}",
                }
                for code in other_languages_with_matches(counts, language)
            ]
    return TemplateResponse(
        request,
        "site_search/search.html",
        {
            "query": query,
            "results": results,
            "elsewhere": elsewhere,
            "max_query_length": MAX_QUERY_LENGTH,
            "language_urls": search_urls_keeping_query(query),
            "page_title": gettext("Search"),
            "page_description": gettext(
                "Search the pages of the international, European and interregional strategy."
            ),
        },
    )
