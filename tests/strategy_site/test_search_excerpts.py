"""What a search result shows: plain-text excerpts cut between words, whole words marked,
every card a page shows findable, and a language switcher that keeps the query."""

import html
import re

import pytest

from tests.strategy_site.test_search import SEARCH_URLS, result_titles

pytestmark = pytest.mark.django_db


def excerpts(response):
    return re.findall(r'<p class="search-result__excerpt">(.*?)</p>', response.content.decode())


def test_an_excerpt_never_shows_an_escaped_entity(client):
    response = client.get(SEARCH_URLS["fr"], {"q": "Bruxelles"})

    assert excerpts(response)
    for excerpt in excerpts(response):
        assert "&amp;" not in excerpt
        assert "&nbsp;" not in excerpt


def test_a_highlight_covers_the_whole_word(client):
    response = client.get(SEARCH_URLS["nl"], {"q": "Vlaander"})

    marked = re.findall(r"<mark>(.*?)</mark>", response.content.decode())
    assert marked
    assert all(word.lower().startswith("vlaanderen") for word in marked)


def test_an_excerpt_starts_and_ends_on_whole_words(client):
    from strategy_site.search.models import SearchEntry

    entries = SearchEntry.objects.filter(language="fr")
    sources = [re.sub(r"[ \t\r\n]+", " ", entry.text) for entry in entries]
    response = client.get(SEARCH_URLS["fr"], {"q": "Bruxelles"})

    assert excerpts(response)
    for excerpt in excerpts(response):
        text = html.unescape(re.sub(r"</?mark>", "", excerpt)).removeprefix("… ")
        text = text.removesuffix(" …")
        # Whole words: in its source, each fragment of the excerpt (PostgreSQL joins several
        # with " … ") has a space or an edge on either side.
        for fragment in text.split(" … "):
            assert any(
                re.search(rf"(^|\s){re.escape(fragment)}(\s|$)", source) for source in sources
            ), fragment


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("fr", "Bruxelles Environnement", "Partenaires"),
        ("en", "visit.brussels", "Partners"),
        ("fr", "Représentation officielle", "Objectifs"),
    ],
)
def test_the_cards_a_page_lists_make_it_findable(client, language, query, title):
    assert title in result_titles(client.get(SEARCH_URLS[language], {"q": query}))


def test_the_language_switcher_on_a_search_keeps_the_query(client):
    document = client.get(SEARCH_URLS["fr"], {"q": "Bruxelles"}).content.decode()

    assert "next=%2Fnl%2Fzoeken%2F%3Fq%3DBruxelles" in document
    assert "next=%2Fen%2Fsearch%2F%3Fq%3DBruxelles" in document


def test_the_search_form_posts_to_the_search_page_itself(client):
    document = client.get(SEARCH_URLS["en"], {"q": "strategy"}).content.decode()

    assert 'action=""' not in document
    assert 'action="/en/search/"' in document
