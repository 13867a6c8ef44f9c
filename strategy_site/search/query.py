"""Search one language's rows; a fixed number of queries whatever the number of pages.

A visitor may find a live page that neither it nor an ancestor carries a view restriction
(`_visible_entries`): the paths of the restricted pages are kept per content version, a
list as long as the number of restrictions (usually none), not of pages. A search counts
the matches in every language in one query (`match_counts`), and fetches the page of
results when there are any.
"""

import functools
import operator
import re

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, F, Q
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import PageViewRestriction

from strategy_site.caching.site_lookups import versioned
from strategy_site.i18n.translated_fields import content_languages, localized_field_names

from .models import SearchEntry

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# What a link to a result's page reads (strategy_site/i18n/page_urls.py, Page.get_url).
LINKED_PAGE_COLUMNS = (
    "page__path",
    "page__depth",
    *(f"page__{name}" for name in localized_field_names("url_path")),
)
# Markers that cannot occur in page text, turned into <mark> after escaping.
START, STOP = "\x02", "\x03"


def clean_query(raw):
    """The query as searched: whitespace collapsed, at most MAX_QUERY_LENGTH characters."""
    text = " ".join(str(raw or "").replace("\x00", " ").split())
    return text[:MAX_QUERY_LENGTH].strip()


def restricted_paths(request=None):
    """Tree paths of the pages with a view restriction (a restriction covers descendants)."""
    return versioned(
        request,
        "search:restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def _visible_entries(request):
    entries = SearchEntry.objects.filter(page__live=True)
    paths = restricted_paths(request)
    if not paths:
        return entries
    return entries.exclude(
        functools.reduce(operator.or_, (Q(page__path__startswith=path) for path in paths))
    )


def _search_query(query, language):
    from django.contrib.postgres.search import SearchQuery

    from .text_search import configuration

    return SearchQuery(query, config=configuration(language), search_type="websearch")


def _postgres_matches(query, language, request):
    from django.contrib.postgres.search import SearchHeadline, SearchRank

    from .text_search import configuration

    search_query = _search_query(query, language)
    entries = _visible_entries(request).filter(language=language, search_vector=search_query)
    return entries.annotate(
        rank=SearchRank(F("search_vector"), search_query),
        excerpt=SearchHeadline(
            "text",
            search_query,
            config=configuration(language),
            start_sel=START,
            stop_sel=STOP,
            max_words=30,
            min_words=12,
            max_fragments=2,
            fragment_delimiter=" … ",
        ),
    ).order_by("-rank", "page__path")


def _plain_words(entries, query):
    for word in query.split()[:10]:
        entries = entries.filter(Q(title__icontains=word) | Q(text__icontains=word))
    return entries


def _plain_matches(query, language, request):
    entries = _visible_entries(request).filter(language=language)
    return _plain_words(entries, query).order_by("page__path")


def matching_entries(query, language, request=None):
    if connection.vendor == "postgresql":
        return _postgres_matches(query, language, request)
    return _plain_matches(query, language, request)


def _words_pattern(query):
    """The query's words, each matched with the rest of the word it falls in, so that a
    highlight never stops inside a word ("brussel" marks all of "brussels")."""
    words = [re.escape(word) for word in query.split()[:10] if word]
    if not words:
        return None
    return re.compile(r"\w*(?:" + "|".join(words) + r")\w*", re.IGNORECASE)


# Where an excerpt may be cut: ordinary white space, never a non-breaking space (which
# binds French punctuation to its word).
BREAK = re.compile(r"[ \t\r\n]+")


def _plain_excerpt(text, query, width=220):
    """About `width` characters of plain text around the first match, cut between words."""
    pattern = _words_pattern(query)
    found = pattern.search(text) if pattern else None
    start = max(0, found.start() - width // 3) if found else 0
    end = min(len(text), start + width)
    if start:  # begin at the first whole word
        next_break = BREAK.search(text, start)
        if next_break and (found is None or next_break.end() <= found.start()):
            start = next_break.end()
    if end < len(text):  # stop after the last whole word
        breaks = [m.start() for m in BREAK.finditer(text, start, end)]
        if breaks and (found is None or breaks[-1] >= found.end()):
            end = breaks[-1]
    excerpt = text[start:end]
    if pattern:
        excerpt = pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", excerpt)
    return ("… " if start else "") + excerpt + (" …" if end < len(text) else "")


def highlighted(excerpt):
    """Escape the plain-text excerpt, then turn the match markers into <mark>.

    Non-breaking spaces (French typography) are kept: only ordinary white space collapses.
    """
    safe = escape(BREAK.sub(" ", excerpt).strip())
    return mark_safe(safe.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308


class CountedPaginator(Paginator):
    """A paginator given its count, which `match_counts` has already found."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


def match_counts(query, request=None):
    """{language: number of matching pages} for the languages with matches, in one query."""
    entries = _visible_entries(request)
    if connection.vendor == "postgresql":
        # Each language's rows are matched with that language's text-search configuration.
        matches = Q()
        for code in content_languages():
            matches |= Q(language=code, search_vector=_search_query(query, code))
        entries = entries.filter(matches)
    else:
        entries = _plain_words(entries, query)
    rows = entries.values("language").annotate(matches=Count("pk")).order_by()
    return {row["language"]: row["matches"] for row in rows}


def search(query, language, page_number, request=None, count=None):
    """The page of results for `query` in `language`, with excerpts: one query, plus one
    for the count unless `count` (from `match_counts`) is given.

    Of each result's page, only what its link needs is loaded: a page row has every
    translated field in every language.
    """
    if count == 0:
        return Paginator([], RESULTS_PER_PAGE).get_page(page_number)
    entries = (
        matching_entries(query, language, request)
        .select_related("page")
        .only("language", "title", "text", *LINKED_PAGE_COLUMNS)
    )
    if count is None:
        paginator = Paginator(entries, RESULTS_PER_PAGE)
    else:
        paginator = CountedPaginator(entries, RESULTS_PER_PAGE, count)
    results_page = paginator.get_page(page_number)
    if not paginator.count:
        return results_page  # nothing to show: the empty slice need not be compiled
    for entry in results_page.object_list:
        raw = getattr(entry, "excerpt", None) or _plain_excerpt(entry.text, query)
        entry.highlighted_excerpt = highlighted(raw)
    return results_page


def other_languages_with_matches(counts, language):
    """The other languages in which the search found something, in the site's order."""
    return [code for code in content_languages() if code != language and counts.get(code)]
