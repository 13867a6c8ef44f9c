"""The page cache keys a page only on what its response depends on.

The path, the query parameters the views read (normalised) and the accepted host; tracking
parameters share the page's entry, other parameters are never stored, and a request that
ends in 400 leaves nothing in the cache.
"""

import pytest

from tests.cache_writes import cache_writes_fixture, page_keys  # noqa: F401 (a fixture)
from tests.pages import visible_text

pytestmark = pytest.mark.django_db

SEARCH = "/fr/recherche/"


def test_tracking_parameters_share_the_entry_of_the_page(client, cache_writes):
    first = client.get("/nl/")
    for number in range(30):
        response = client.get(f"/nl/?utm_campaign=c{number}&fbclid=x{number}")
        assert response["X-Cache"] == "HIT"
        assert response.content == first.content

    assert len(page_keys(cache_writes)) == 1


def test_unknown_parameters_are_answered_but_never_stored(client, cache_writes):
    for number in range(5):
        response = client.get(f"/nl/?x{number}=1")
        assert response.status_code == 200
        assert "X-Cache" not in response

    assert page_keys(cache_writes) == set()


def test_the_search_page_is_keyed_on_its_terms_and_page_whatever_their_order(client):
    first = client.get(f"{SEARCH}?q=cooperation&page=1")
    reordered = client.get(f"{SEARCH}?page=1&utm_source=news&q=cooperation")
    repeated = client.get(f"{SEARCH}?q=autre&page=7&q=cooperation&page=1")
    other_terms = client.get(f"{SEARCH}?q=mobilite")

    assert first["X-Cache"] == "MISS"
    assert reordered["X-Cache"] == repeated["X-Cache"] == "HIT"
    assert repeated.content == first.content
    assert other_terms["X-Cache"] == "MISS"
    assert visible_text(other_terms) != visible_text(first)


def test_a_tracking_parameter_never_reaches_the_page_served_to_others(client):
    tracked = client.get(f"{SEARCH}?q=cooperation&utm_source=secret-campaign")

    assert tracked.status_code == 200
    assert "secret-campaign" not in tracked.content.decode()
    assert client.get(f"{SEARCH}?q=cooperation")["X-Cache"] == "HIT"


@pytest.mark.parametrize(
    ("method", "cookie", "status"),
    [("get", "", 400), ("get", "sessionid=abc", 400), ("head", "", 400), ("post", "", 405)],
)
def test_a_request_with_a_rejected_host_leaves_nothing_in_the_cache(
    client, cache_writes, method, cookie, status
):
    if cookie:
        client.cookies.load(cookie)

    response = getattr(client, method)("/nl/", HTTP_HOST="attacker.example")

    assert response.status_code == status
    assert cache_writes == []


def test_the_host_is_keyed_case_insensitively(client, cache_writes):
    client.get("/en/", HTTP_HOST="testserver")

    assert client.get("/en/", HTTP_HOST="TestServer")["X-Cache"] == "HIT"
    assert len(page_keys(cache_writes)) == 1


def test_a_long_search_is_cached_under_a_short_key_of_its_own(client, cache_writes):
    # Memcached refuses keys over 250 characters: a long query is keyed on its digest.
    long_terms = "coop" * 300
    first = client.get(f"{SEARCH}?q={long_terms}")
    again = client.get(f"{SEARCH}?q={long_terms}")
    other = client.get(f"{SEARCH}?q={long_terms}x")

    assert (first["X-Cache"], again["X-Cache"], other["X-Cache"]) == ("MISS", "HIT", "MISS")
    assert again.content == first.content
    keys = page_keys(cache_writes)
    assert len(keys) == 2
    assert all(len(key) < 250 for key in keys)
