import re
from urllib.robotparser import RobotFileParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from objectives.models import ObjectivePage
from tests.pages import visible_text

pytestmark = pytest.mark.django_db

SEARCH_URLS = {"nl": "/nl/zoeken/", "fr": "/fr/recherche/", "en": "/en/search/"}
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text search"
)


def result_titles(response):
    return re.findall(
        r'<h2 class="search-result__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


@pytest.mark.parametrize("language", SEARCH_URLS)
def test_search_page_has_a_translated_url_per_language(client, language):
    response = client.get(SEARCH_URLS[language])

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


ROBOTS_META = re.compile(r'<meta name="robots" content="([^"]*)">')


@pytest.mark.parametrize("language", SEARCH_URLS)
def test_the_search_page_is_indexable_and_its_result_pages_are_not(client, language):
    """Search engines may list the search page, where a visitor lands; a page of results
    per query would only copy the site's own pages into the index, so those stay out of it
    while their links are still followed."""
    url = SEARCH_URLS[language]
    landing = client.get(url).content.decode()
    results = client.get(url, {"q": "Brussel"}).content.decode()
    emptied = client.get(url, {"q": "  "}).content.decode()

    assert ROBOTS_META.findall(landing) == []
    assert f'<link rel="canonical" href="http://testserver{url}">' in landing
    assert ROBOTS_META.findall(results) == ["noindex, follow"]
    assert ROBOTS_META.findall(emptied) == []
    robots = RobotFileParser()
    robots.parse(client.get("/robots.txt").content.decode().splitlines())
    assert robots.can_fetch("*", f"http://testserver{url}")
    assert robots.can_fetch("*", f"http://testserver{url}?q=Brussel")


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "coop" * 500},
        {"q": "Vlaanderen", "page": "abc"},
        {"q": "Vlaanderen", "page": "-1"},
        {"q": "Vlaanderen", "page": "99999"},
        {"q": "a & b | !c (d:* <'\""},
        {"q": "\x00"},
    ],
)
def test_bad_search_input_never_gives_an_error(client, params):
    response = client.get(SEARCH_URLS["nl"], params)

    assert response.status_code == 200


def test_search_shows_matching_excerpt_with_the_match_marked(client):
    response = client.get(SEARCH_URLS["nl"], {"q": "Vlaanderen"})

    assert "Samenwerking met Vlaanderen en Wallonië" in result_titles(response)
    assert re.search(r"<mark>Vlaanderen</mark>", response.content.decode())


def test_search_finds_only_text_in_the_visitors_language_and_links_to_others(client):
    response = client.get(SEARCH_URLS["fr"], {"q": "Vlaanderen"})
    document = response.content.decode()

    assert result_titles(response) == []
    assert '<a href="/nl/zoeken/?q=Vlaanderen" hreflang="nl" lang="nl">' in document


def test_search_results_are_paginated(client, settings):
    import strategy_site.search.query as query

    query.RESULTS_PER_PAGE, original = 1, query.RESULTS_PER_PAGE
    try:
        first = client.get(SEARCH_URLS["en"], {"q": "perspective.brussels"})
        second = client.get(SEARCH_URLS["en"], {"q": "perspective.brussels", "page": "2"})
    finally:
        query.RESULTS_PER_PAGE = original

    assert len(result_titles(first)) == 1
    assert result_titles(first) != result_titles(second)
    assert 'rel="next"' in first.content.decode()
    assert "Page 2" in visible_text(second)


@postgresql_only
def test_french_search_stems_and_ignores_accents(client):
    response = client.get(SEARCH_URLS["fr"], {"q": "cooperations"})

    assert "Coopération avec la Flandre et la Wallonie" in [
        title.replace("&#x27;", "'") for title in result_titles(response)
    ]
    assert "<mark>coopération</mark>" in response.content.decode().lower()


@postgresql_only
@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("nl", "samenwerkingen", "Samenwerking met Vlaanderen en Wallonië"),
        ("en", "networking", "Active presence of Brussels in networks"),
    ],
)
def test_dutch_and_english_searches_stem_in_their_own_language(client, language, query, title):
    assert title in result_titles(client.get(SEARCH_URLS[language], {"q": query}))


def test_a_renamed_partner_is_found_under_its_new_name_at_once(client):
    from partners.models import PartnerOrganisation

    assert result_titles(client.get(SEARCH_URLS["en"], {"q": "Flemishland"})) == []
    flanders = PartnerOrganisation.objects.get(name_en="Flanders")
    flanders.name_en = "Flemishland Region"
    flanders.save()

    titles = result_titles(client.get(SEARCH_URLS["en"], {"q": "Flemishland"}))
    assert "Cooperation with Flanders and Wallonia" in titles


def test_a_deleted_expert_is_no_longer_found_on_the_contact_page(client):
    from partners.models import ContactPage, ContactPageExpert
    from tests.factories import ExpertFactory

    contact = ContactPage.objects.get()
    expert = ExpertFactory(last_name="Quaglioverde")
    contact.expert_placements.add(ContactPageExpert(expert=expert))
    contact.save_revision().publish()
    assert result_titles(client.get(SEARCH_URLS["nl"], {"q": "Quaglioverde"})) == ["Contact"]

    expert.delete()

    assert result_titles(client.get(SEARCH_URLS["nl"], {"q": "Quaglioverde"})) == []


@pytest.mark.parametrize("hide", ["unpublish", "restrict"])
def test_a_page_hidden_after_a_search_is_found_no_more(client, settings, hide):
    """Which pages can be found is kept per content version, like the pages themselves."""
    settings.PAGE_CACHE_ENABLED = False
    title = "Samenwerking met Vlaanderen en Wallonië"
    before = result_titles(client.get(SEARCH_URLS["nl"], {"q": "Vlaanderen"}))
    assert title in before
    page = ObjectivePage.objects.get(title_nl=title)
    if hide == "unpublish":
        page.unpublish()
    else:
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="a-password"
        )

    after = client.get(SEARCH_URLS["nl"], {"q": "Vlaanderen"})
    assert title not in result_titles(after)
    # The count comes from match_counts, which must leave the hidden page out too.
    shown = len(result_titles(after))
    assert shown < len(before)
    summary = "Eén pagina komt" if shown == 1 else f"{shown} pagina’s komen"
    assert summary in visible_text(after)


@pytest.mark.parametrize(
    ("query", "queries"), [("Vlaanderen", 3), ("zzzz-nergens", 2)], ids=["results", "none"]
)
def test_a_search_counts_every_language_in_one_query(client, settings, query, queries):
    """Once the findable pages are known: Wagtail's lookup of the request's site, the
    counts, then the results if there are any."""
    settings.PAGE_CACHE_ENABLED = False
    client.get(SEARCH_URLS["nl"], {"q": query})

    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEARCH_URLS["nl"], {"q": query})

    assert response.status_code == 200
    assert len(captured) == queries, [entry["sql"] for entry in captured]
