"""A Redis cache that stops asking Redis for a while after it failed (a circuit breaker).

django-redis' IGNORE_EXCEPTIONS keeps pages up while Redis is down, but each cache call
still waits for its socket timeout and logs a traceback: a page makes several calls, so
throughput collapsed and the log filled. Here the first error opens the breaker: for
`CACHE_BREAKER_BACKOFF` seconds every call answers at once as a miss (pages are rendered
uncached, at normal speed), then one call is let through to try Redis again. One warning
is logged when the breaker opens and one when Redis answers again, not one per call.

Each cache object has its breaker, so each gunicorn worker (one cache object per process
and thread) finds out for itself, once per back-off.
"""

import logging
import threading
import time

from django.conf import settings
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

CACHE_ERRORS = (ConnectionInterrupted, RedisError, OSError)


class Breaker:
    """Closed (Redis is asked), open (it is not, until `retry_at`), per process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.open = False
        self.retry_at = 0.0

    def allows_a_call(self):
        with self.lock:
            if not self.open:
                return True
            if time.monotonic() >= self.retry_at:
                # Half-open: this call tries Redis; the others keep skipping it meanwhile.
                self.retry_at = time.monotonic() + settings.CACHE_BREAKER_BACKOFF
                return True
            return False

    def failed(self, error):
        with self.lock:
            self.retry_at = time.monotonic() + settings.CACHE_BREAKER_BACKOFF
            if self.open:
                return
            self.open = True
        logger.warning(
            "cache unavailable, serving uncached; retrying every %s s: %s: %s",
            settings.CACHE_BREAKER_BACKOFF,
            type(error).__name__,
            error,
        )

    def succeeded(self):
        with self.lock:
            if not self.open:
                return
            self.open = False
        logger.warning("cache available again")


def guarded(name, fallback):
    def method(self, *args, **kwargs):
        if not self.breaker.allows_a_call():
            return fallback(*args, **kwargs)
        try:
            result = getattr(super(CircuitBreakerRedisCache, self), name)(*args, **kwargs)
        except CACHE_ERRORS as error:
            self.breaker.failed(error)
            return fallback(*args, **kwargs)
        self.breaker.succeeded()
        return result

    method.__name__ = name
    return method


def answer_none(*args, **kwargs):
    return None


def answer_false(*args, **kwargs):
    return False


def answer_empty_dict(*args, **kwargs):
    return {}


def answer_empty_list(*args, **kwargs):
    return []


def answer_default(key, default=None, *args, **kwargs):
    return default


def answer_computed_default(key, default, *args, **kwargs):
    return default() if callable(default) else default


class CircuitBreakerRedisCache(RedisCache):
    """django-redis' RedisCache, configured with IGNORE_EXCEPTIONS off, behind a breaker."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self.breaker = Breaker()

    get = guarded("get", answer_default)
    get_many = guarded("get_many", answer_empty_dict)
    get_or_set = guarded("get_or_set", answer_computed_default)
    has_key = guarded("has_key", answer_false)
    set = guarded("set", answer_false)
    add = guarded("add", answer_false)
    set_many = guarded("set_many", answer_empty_list)
    touch = guarded("touch", answer_false)
    delete = guarded("delete", answer_false)
    delete_many = guarded("delete_many", answer_none)
    delete_pattern = guarded("delete_pattern", answer_none)
    clear = guarded("clear", answer_none)
    incr = guarded("incr", answer_none)
    decr = guarded("decr", answer_none)
    ttl = guarded("ttl", answer_none)
    expire = guarded("expire", answer_false)
    persist = guarded("persist", answer_false)
    keys = guarded("keys", answer_empty_list)
