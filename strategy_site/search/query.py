"""Search one language's rows; a fixed number of queries whatever the number of pages."""

import re

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Q
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from strategy_site.page_queries import live_public
from strategy_site.translated_fields import content_languages

from .models import SearchEntry

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Markers that cannot occur in page text, turned into <mark> after escaping.
START, STOP = "\x02", "\x03"


def clean_query(raw):
    """The query as searched: whitespace collapsed, at most MAX_QUERY_LENGTH characters."""
    text = " ".join(str(raw or "").replace("\x00", " ").split())
    return text[:MAX_QUERY_LENGTH].strip()


def _visible_entries(language):
    return SearchEntry.objects.filter(
        language=language, page__in=live_public(Page.objects.all()).values("pk")
    )


def _postgres_matches(query, language, with_excerpt):
    from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank

    from .text_search import configuration

    config = configuration(language)
    search_query = SearchQuery(query, config=config, search_type="websearch")
    entries = _visible_entries(language).filter(search_vector=search_query)
    if not with_excerpt:
        return entries
    return entries.annotate(
        rank=SearchRank(F("search_vector"), search_query),
        excerpt=SearchHeadline(
            "text",
            search_query,
            config=config,
            start_sel=START,
            stop_sel=STOP,
            max_words=30,
            min_words=12,
            max_fragments=2,
            fragment_delimiter=" … ",
        ),
    ).order_by("-rank", "page__path")


def _plain_matches(query, language):
    entries = _visible_entries(language)
    for word in query.split()[:10]:
        entries = entries.filter(Q(title__icontains=word) | Q(text__icontains=word))
    return entries.order_by("page__path")


def matching_entries(query, language, with_excerpt=True):
    if connection.vendor == "postgresql":
        return _postgres_matches(query, language, with_excerpt)
    return _plain_matches(query, language)


def _plain_excerpt(text, query, width=220):
    words = [re.escape(word) for word in query.split()[:10] if word]
    pattern = re.compile("|".join(words), re.IGNORECASE) if words else None
    found = pattern.search(text) if pattern else None
    start = max(0, found.start() - width // 3) if found else 0
    excerpt = text[start : start + width]
    if pattern:
        excerpt = pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", excerpt)
    return ("… " if start else "") + excerpt + (" …" if start + width < len(text) else "")


def highlighted(excerpt):
    """Escape the excerpt, then turn the match markers into <mark>."""
    safe = escape(" ".join(excerpt.split()))
    return mark_safe(safe.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308


def search(query, language, page_number):
    """The page of results for `query` in `language` (2 queries), with excerpts."""
    entries = matching_entries(query, language).select_related("page")
    paginator = Paginator(entries, RESULTS_PER_PAGE)
    results_page = paginator.get_page(page_number)
    for entry in results_page.object_list:
        raw = getattr(entry, "excerpt", None) or _plain_excerpt(entry.text, query)
        entry.highlighted_excerpt = highlighted(raw)
    return results_page


def languages_with_matches(query, language):
    """The other languages in which `query` finds something (one query per language)."""
    return [
        code
        for code in content_languages()
        if code != language and matching_entries(query, code, with_excerpt=False).exists()
    ]
