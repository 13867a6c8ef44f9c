"""One structured log line per request, without personal data.

A line says what operations need to see traffic and errors: method, path (no query
string, which may carry search terms), status, duration, language, response size and the
proxy's request id when there is one. It never holds the client's address, user agent,
cookies or user name: the load balancer keeps addresses for as long as the law allows.
"""

import datetime
import json
import logging
import re
import time

from django.utils import translation

logger = logging.getLogger("strategy_site.requests")

MAX_PATH_LENGTH = 200
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def log_request(*, method, path, status, started, language, size, request_id):
    logger.info(
        "request",
        extra={
            "request": {
                "method": method[:16],
                "path": path[:MAX_PATH_LENGTH],
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "lang": language,
                "bytes": size,
                "request_id": request_id if REQUEST_ID.match(request_id) else None,
            }
        },
    )


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        log_request(
            method=request.method,
            path=request.path,
            status=response.status_code,
            started=started,
            language=translation.get_language(),
            size=len(response.content) if not response.streaming else None,
            request_id=request.headers.get("X-Request-ID", ""),
        )
        return response


class JsonLineFormatter(logging.Formatter):
    """Each record as one JSON object on one line (tracebacks included, escaped)."""

    def format(self, record):
        line = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
        }
        request = getattr(record, "request", None)
        if isinstance(request, dict):
            line.update(request)
        else:
            line["message"] = record.getMessage()
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)
