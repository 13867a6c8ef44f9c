"""Liveness and readiness probes for the container platform and the load balancer.

``/healthz`` says the process answers, touching nothing else: a database outage must not
make the platform restart healthy web containers. ``/readyz`` says whether this process
can serve pages: it asks the database and the cache.

Both are answered by a middleware placed first, before host validation and the HTTPS
redirect, because probes come over plain HTTP with the container's own address as Host.
They reveal nothing but "ok" or which dependency is down.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)

PROBE_PATHS = {"/healthz", "/readyz"}


def liveness():
    return JsonResponse({"status": "ok"})


def database_is_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any driver error means "not reachable"
        logger.warning("readiness: the database does not answer", exc_info=True)
        connection.close_if_unusable_or_obsolete()
        return False


def cache_is_reachable():
    # django-redis ignores a down Redis (IGNORE_EXCEPTIONS), so a round trip is the test.
    key = f"readyz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=5)
        answered = cache.get(key) == "1"
        cache.delete(key)
    except Exception:
        answered = False
    if not answered:
        logger.warning("readiness: the cache does not answer; serving uncached")
    return answered


def readiness():
    """503 without the database; 200 with a degraded cache.

    A cache outage makes pages slower, not wrong (the site serves uncached), so it must not
    take every replica out of the load balancer at once: it is reported, not fatal.
    """
    database_ok = database_is_reachable()
    cache_ok = cache_is_reachable()
    body = {
        "status": "ok" if database_ok else "unavailable",
        "database": "ok" if database_ok else "unavailable",
        "cache": "ok" if cache_ok else "degraded",
    }
    response = JsonResponse(body, status=200 if database_ok else 503)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in PROBE_PATHS and request.method in ("GET", "HEAD"):
            return liveness() if request.path_info == "/healthz" else readiness()
        return self.get_response(request)
