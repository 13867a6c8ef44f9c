"""The saved home page behind gunicorn with no framework at all: gunicorn's own cost.

bench/run.py serves it with the same gunicorn settings as the site, so the table shows how
much of a cached page's cost is the HTTP server itself rather than the cache.
"""

import os
from pathlib import Path

BODY = Path(os.environ["BENCH_SAVED_PAGE"]).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
