"""Cache hits answered by the WSGI wrapper in front of Django (strategy_site/wsgi.py).

These tests call the real WSGI stack: CachedPageApplication around Django's WSGIHandler,
the way gunicorn calls it. A hit must be byte-for-byte what Django serves, never reach
Django, and never outlive a publish.
"""

import io
import logging

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from cells.models import CellPage
from strategy_site.caching.page_cache import CachedPageApplication
from tests.cache_writes import cache_writes_fixture, page_keys  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

SECURITY_HEADERS = [
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
]


class CountingDjango:
    """Django's WSGI handler, counting the requests that reach it."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.handler(environ, start_response)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = dict(headers)
        self.body = body


@pytest.fixture
def django_app():
    # As Django's test client does: the test's transaction must outlive each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield CountingDjango()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def get(django_app):
    application = CachedPageApplication(django_app)

    def get(path, query="", **headers):
        environ = {
            "REQUEST_METHOD": "GET",
            "SCRIPT_NAME": "",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SERVER_NAME": "testserver",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": "testserver",
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": io.StringIO(),
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
            **headers,
        }
        answer = {}

        def start_response(status, response_headers, exc_info=None):
            answer["status"] = int(status.split()[0])
            answer["headers"] = response_headers

        result = application(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        return Response(answer["status"], answer["headers"], body)

    return get


def test_a_hit_is_answered_without_django_and_without_sql(
    get, django_app, django_assert_num_queries
):
    first = get("/fr/cellule/")
    with django_assert_num_queries(0):
        second = get("/fr/cellule/")

    assert first.status == second.status == 200
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("MISS", "HIT")
    assert django_app.calls == 1
    assert second.body == first.body
    assert {k: v for k, v in second.headers.items() if k != "X-Cache"} == {
        k: v for k, v in first.headers.items() if k != "X-Cache"
    }
    for name in SECURITY_HEADERS:
        assert second.headers[name] == first.headers[name]
    assert "public" in second.headers["Cache-Control"]


def test_the_wsgi_hit_and_the_django_hit_serve_the_same_page(get, client):
    get("/en/results/")
    through_wsgi = get("/en/results/")
    through_django = client.get("/en/results/")

    assert through_wsgi.headers["X-Cache"] == through_django["X-Cache"] == "HIT"
    assert through_wsgi.body == through_django.content
    assert through_wsgi.headers["ETag"] == through_django["ETag"]
    for name in SECURITY_HEADERS:
        assert through_wsgi.headers[name] == through_django[name]


def test_a_publish_is_seen_on_the_very_next_request(get, django_app):
    get("/nl/cel/")
    get("/nl/cel/")
    cell = CellPage.objects.get()
    cell.intro_nl = "Een intro die net gepubliceerd is"
    cell.save_revision().publish()

    after = get("/nl/cel/")

    assert after.headers["X-Cache"] == "MISS"
    assert django_app.calls == 2
    assert "Een intro die net gepubliceerd is" in after.body.decode()


def test_a_conditional_get_is_answered_304_by_the_wrapper(get, django_app):
    etag = get("/fr/").headers["ETag"]

    response = get("/fr/", HTTP_IF_NONE_MATCH=etag)

    assert response.status == 304
    assert response.body == b""
    assert response.headers["ETag"] == etag
    assert "Content-Type" not in response.headers
    assert django_app.calls == 1


def test_an_editor_with_a_session_is_sent_to_django(get, django_app, admin_client):
    get("/en/")
    session = admin_client.cookies["sessionid"].value

    response = get("/en/", HTTP_COOKIE=f"sessionid={session}")

    assert django_app.calls == 2
    assert "X-Cache" not in response.headers
    assert "no-store" in response.headers["Cache-Control"]
    assert "wagtail-userbar" in response.body.decode()


def test_a_host_outside_allowed_hosts_never_reaches_a_stored_page(get, django_app):
    get("/nl/")
    get("/nl/")

    response = get("/nl/", HTTP_HOST="attacker.example")

    assert response.status == 400
    assert django_app.calls == 2


def test_query_strings_and_other_methods_are_not_served_from_another_entry(get, django_app):
    get("/nl/")
    assert get("/nl/", query="page=2").headers["X-Cache"] == "MISS"
    head = get("/nl/", REQUEST_METHOD="HEAD")
    assert "X-Cache" not in head.headers
    assert django_app.calls == 3


def test_a_hit_is_logged_like_any_other_request(get, caplog):
    get("/fr/partenaires/")
    with caplog.at_level(logging.INFO, logger="strategy_site.requests"):
        get("/fr/partenaires/", HTTP_X_REQUEST_ID="abc-123")

    (record,) = [r for r in caplog.records if r.name == "strategy_site.requests"]
    assert record.request["path"] == "/fr/partenaires/"
    assert record.request["status"] == 200
    assert record.request["lang"] == "fr"
    assert record.request["request_id"] == "abc-123"
    assert record.request["bytes"] > 1000


def test_a_script_name_never_makes_a_page_answer_under_another_path(get, cache_writes):
    # /nl/nl/ served as the home page under a script prefix "/nl": never stored.
    for _ in range(2):
        response = get("/nl/", SCRIPT_NAME="/nl")
        assert "X-Cache" not in response.headers

    assert page_keys(cache_writes) == set()


def test_the_wrapper_stores_nothing_for_a_rejected_host(get, cache_writes):
    response = get("/nl/", HTTP_HOST="attacker.example")

    assert response.status == 400
    assert cache_writes == []


def test_the_wrapper_answers_tracked_links_from_the_entry_of_the_page(get, django_app):
    first = get("/en/")
    tracked = get("/en/", query="utm_medium=email&gclid=123")

    assert tracked.headers["X-Cache"] == "HIT"
    assert tracked.body == first.body
    assert django_app.calls == 1
