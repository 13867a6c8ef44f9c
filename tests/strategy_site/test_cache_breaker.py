"""The cache's circuit breaker: it opens on a Redis error, skips Redis, and closes again.

A port the OS chose plays the outage: first something accepts connections there and never
answers (a hung Redis: each call would wait for its socket timeout), then a Redis server of
its own starts there, then stops (nothing listens).
"""

import logging
import shutil
import socket
import time

import pytest

from strategy_site.caching.cache_breaker import CircuitBreakerRedisCache
from tests.ports import free_port
from tests.production.stack import ThrowawayRedis

BACKOFF = 0.5
REDIS_SERVER = shutil.which("redis-server")

pytestmark = pytest.mark.skipif(REDIS_SERVER is None, reason="needs redis-server")


@pytest.fixture
def redis_port():
    """A free port, and the Redis server that will start on it when the test says so."""
    server = ThrowawayRedis()
    yield server.port, server
    server.stop()


def breaker_cache(port):
    return CircuitBreakerRedisCache(
        f"redis://127.0.0.1:{port}/0",
        {
            "KEY_PREFIX": "breaker-test",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": False,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        },
    )


def breaker_warnings(caplog):
    name = "strategy_site.caching.cache_breaker"
    return [r.getMessage() for r in caplog.records if r.name == name]


def test_the_breaker_opens_skips_redis_and_closes_when_redis_is_back(redis_port, settings, caplog):
    settings.CACHE_BREAKER_BACKOFF = BACKOFF
    port, server = redis_port
    cache = breaker_cache(port)
    caplog.set_level(logging.WARNING)

    hung = socket.create_server(("127.0.0.1", port))  # accepts, never answers
    # The first call waits for its timeout, fails and opens the breaker.
    assert cache.get("page", "miss") == "miss"
    assert cache.set("page", "cached") is False
    started = time.monotonic()
    for _ in range(200):
        assert cache.get("page") is None
        cache.set("page", "cached")
    assert time.monotonic() - started < 0.2, "calls still waited for Redis while open"
    assert len(breaker_warnings(caplog)) == 1
    assert "cache unavailable" in breaker_warnings(caplog)[0]

    hung.close()
    server.start()
    time.sleep(BACKOFF * 1.2)
    assert cache.set("page", "cached") is True  # tried again after the back-off, and closed
    assert cache.get("page") == "cached"
    assert breaker_warnings(caplog)[1:] == ["cache available again"]

    server.stop()  # now nothing listens
    assert cache.get("page") is None  # opens again at the first error
    assert cache.get("page") is None
    assert len(breaker_warnings(caplog)) == 3


def test_while_open_only_one_call_per_back_off_tries_redis(redis_port, settings, caplog):
    settings.CACHE_BREAKER_BACKOFF = BACKOFF
    port, _server = redis_port
    cache = breaker_cache(port)
    caplog.set_level(logging.WARNING)

    cache.get("page")
    time.sleep(BACKOFF * 1.2)
    for _ in range(50):
        cache.get("page")  # one of these tries Redis, fails, and re-opens silently

    assert len(breaker_warnings(caplog)) == 1


@pytest.mark.django_db
def test_while_redis_is_down_pages_render_without_rebuilding_every_lookup(client, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from strategy_site.caching.site_lookups import outage_memo

    settings.CACHES = {
        "default": {
            "BACKEND": "strategy_site.caching.cache_breaker.CircuitBreakerRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
            "OPTIONS": {"IGNORE_EXCEPTIONS": False, "SOCKET_CONNECT_TIMEOUT": 0.5},
        }
    }
    outage_memo.clear()

    with CaptureQueriesContext(connection) as first_render:
        first = client.get("/fr/")
    with CaptureQueriesContext(connection) as second_render:
        second = client.get("/fr/")

    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    # The site, its settings and the navigation are not looked up again.
    assert len(second_render) < len(first_render) - 3
