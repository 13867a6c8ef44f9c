"""Public pages are gzipped when the visitor accepts it, cached or not; never a response
with a CSRF token (BREACH)."""

import gzip

import pytest

# The real WSGI stack (the page cache's wrapper around Django), as gunicorn calls it.
from tests.strategy_site.test_page_cache_wsgi import django_app, get  # noqa: F401

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def vary(headers):
    return {part.strip().lower() for part in headers.get("Vary", "").split(",")}


def test_a_rendered_page_is_gzipped_for_a_browser_that_accepts_it(client):
    response = client.get("/fr/cellule/", headers={"accept-encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"
    assert "accept-encoding" in vary(response)
    assert '<html lang="fr">' in gzip.decompress(response.content).decode()


def test_a_client_without_gzip_gets_the_page_plain_with_vary(client):
    response = client.get("/fr/cellule/")

    assert not response.has_header("Content-Encoding")
    assert "accept-encoding" in vary(response)
    assert '<html lang="fr">' in response.content.decode()


def test_a_cache_hit_answered_before_django_is_gzipped_too(get, django_app):  # noqa: F811
    plain = get("/en/unit/")
    hit = get("/en/unit/", **GZIP)

    assert hit.headers["X-Cache"] == "HIT"
    assert django_app.calls == 1
    assert hit.headers["Content-Encoding"] == "gzip"
    assert "accept-encoding" in vary(hit.headers)
    assert int(hit.headers["Content-Length"]) == len(hit.body) < len(plain.body)
    assert gzip.decompress(hit.body) == plain.body


def test_a_gzipped_hit_answers_304_to_its_own_validator(get):  # noqa: F811
    get("/en/unit/")
    hit = get("/en/unit/", **GZIP)

    again = get("/en/unit/", HTTP_IF_NONE_MATCH=hit.headers["ETag"], **GZIP)

    assert again.status == 304
    assert again.body == b""


def test_a_cache_hit_stays_plain_for_a_client_without_gzip(get):  # noqa: F811
    get("/nl/cel/")
    hit = get("/nl/cel/")

    assert hit.headers["X-Cache"] == "HIT"
    assert "Content-Encoding" not in hit.headers
    assert "accept-encoding" in vary(hit.headers)


def test_a_page_with_a_csrf_token_is_never_compressed(client):
    # The admin login form carries a token and reflects the "next" parameter.
    response = client.get("/admin/login/?next=/admin/pages/", headers={"accept-encoding": "gzip"})

    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert not response.has_header("Content-Encoding")
