"""Real outages: the throwaway PostgreSQL and Redis are stopped and started under gunicorn.

While PostgreSQL is down, a page already in the full-page cache is still served (the WSGI
wrapper answers it without Django), and so is a page whose route, data and fragments are
cached for the current content version (docs/caching.md); a request that needs the
database answers 503 in its language.
"""

import json
import time

import pytest

from .stack import wait_for


@pytest.fixture(autouse=True)
def fresh_workers_afterwards(production_stack):
    """Later tests share this gunicorn: give them workers that never saw the outage.

    Each worker finds out for itself that Redis is back (its breaker retries once per
    back-off) and holds its own database connection, so the one worker that answered the
    recovery probe says nothing about the other.
    """
    yield
    production_stack.gunicorn.restart()


def status_after_recovery(stack, target, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        response = stack.get(target)
        if response.status == 200:
            return response
        time.sleep(0.5)
    return response


def test_visitors_get_a_503_in_their_language_while_postgresql_is_down_then_recovery(
    production_stack,
):
    stack = production_stack
    gunicorn_pid = stack.gunicorn.process.pid
    assert stack.get("/fr/cellule/").status == 200

    stack.postgres.stop()
    try:
        cached = stack.get("/fr/cellule/")
        # A key of its own (q is a keyed parameter) keeps it out of the page cache: rendering
        # it needs Wagtail's site lookup, so it is the French 503 page.
        rendered = stack.get("/fr/cellule/?q=outage")
        # Unknown paths must be looked up in the database.
        french = stack.get("/fr/cellule/introuvable/")
        english = stack.get("/en/unit/not-found/")
        by_cookie = stack.get("/nl/doesnotexist/", headers={"Cookie": "django_language=fr"})
        ready = stack.get("/readyz")
        live = stack.get("/healthz")
    finally:
        stack.postgres.start()

    assert cached.status == 200  # pages in the cache are still served
    assert cached.headers["X-Cache"] == "HIT"
    assert rendered.status == 503
    assert '<html lang="fr">' in rendered.text
    assert french.status == 503
    assert french.headers["Retry-After"].isdigit()
    assert '<html lang="fr">' in french.text
    assert "Stratégie internationale, européenne et interrégionale" in french.text
    assert 'href="/fr/"' in french.text
    assert english.status == 503
    assert '<html lang="en">' in english.text
    assert by_cookie.status == 503
    assert '<html lang="nl">' in by_cookie.text  # the URL's prefix wins over the cookie
    assert ready.status == 503
    assert json.loads(ready.body)["database"] == "unavailable"
    assert live.status == 200

    recovered = status_after_recovery(stack, "/fr/cellule/")
    assert recovered.status == 200
    assert stack.get("/readyz").status == 200
    assert stack.gunicorn.process.pid == gunicorn_pid  # no restart


def test_while_redis_is_down_pages_are_served_uncached_and_a_warning_is_logged(
    production_stack,
):
    stack = production_stack
    log_before = len(stack.gunicorn.log_text())
    assert stack.get("/nl/").status == 200

    stack.redis.stop()
    try:
        statuses = [stack.get(url).status for url in ("/nl/", "/fr/resultats/", "/en/partners/")]
        ready = stack.get("/readyz")
    finally:
        stack.redis.start()

    assert statuses == [200, 200, 200]
    assert ready.status == 200
    assert json.loads(ready.body)["cache"] == "degraded"
    new_lines = [json.loads(line) for line in stack.gunicorn.log_text()[log_before:].splitlines()]
    warnings = [line for line in new_lines if line["level"] == "WARNING"]
    assert warnings, "no warning logged while Redis was down"
    assert not [line for line in new_lines if line["level"] in ("ERROR", "CRITICAL")]

    wait_for(lambda: json.loads(stack.get("/readyz").body)["cache"] == "ok", what="cache")
    assert stack.get("/nl/").status == 200
