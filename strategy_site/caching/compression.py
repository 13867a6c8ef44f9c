"""gzip for public pages, whether Django renders them or the page cache replays them.

Two paths serve a public page (strategy_site/caching/page_cache.py): Django's middleware stack,
and the WSGI wrapper that answers cache hits before Django. Both compress, negotiated by
Accept-Encoding and marked `Vary: Accept-Encoding`:

- `PublicGZipMiddleware` sits above the page cache middleware, so the cache keeps the
  uncompressed page and every response on the way out is compressed for its own visitor.
- `gzip_replayed` compresses a hit in the WSGI wrapper, once per page version and process
  (a cached page is the same for every visitor, so its compressed bytes are too).

BREACH (https://www.breachattack.com/): compressing a secret next to text an attacker can
put in the page lets them guess the secret from the response sizes. The public pages hold
no secret; a response that carries a CSRF token (the admin, a password-protected page's
form) is never compressed, whatever else it reflects.
"""

import gzip
import re

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

ACCEPTS_GZIP = re.compile(r"\bgzip\b")
MIN_SIZE = 200  # smaller bodies grow when compressed
COMPRESSIBLE_TYPES = ("text/", "application/json", "application/xml", "image/svg+xml")
REPLAYED_MEMO_SIZE = 256


def carries_csrf_token(request, response):
    # Django sets the CSRF cookie on every response whose page asked for the token.
    return settings.CSRF_COOKIE_NAME in response.cookies or request.path.startswith(
        settings.ADMIN_URL_PREFIX
    )


class PublicGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware (with its random padding), minus responses with a token."""

    def process_response(self, request, response):
        if carries_csrf_token(request, response):
            return response
        return super().process_response(request, response)


_replayed = {}  # ETag → gzipped body, for this process


def _compressed(etag, body):
    found = _replayed.get(etag)
    if found is None:
        found = gzip.compress(body, compresslevel=6, mtime=0)
        if len(_replayed) >= REPLAYED_MEMO_SIZE:
            # The oldest entry; another thread may have dropped it already.
            _replayed.pop(next(iter(_replayed), None), None)
        _replayed[etag] = found
    return found


def _with_vary(headers):
    for index, (name, value) in enumerate(headers):
        if name.lower() == "vary":
            if "accept-encoding" not in value.lower():
                headers[index] = (name, f"{value}, Accept-Encoding")
            return headers
    return [*headers, ("Vary", "Accept-Encoding")]


def gzip_replayed(environ, status, headers, body):
    """A cache hit's (headers, body), gzipped when the visitor accepts it."""
    content_type = next((v for n, v in headers if n.lower() == "content-type"), "")
    if status != 200 or len(body) < MIN_SIZE or not content_type.startswith(COMPRESSIBLE_TYPES):
        return headers, body
    headers = _with_vary(list(headers))
    if not ACCEPTS_GZIP.search(environ.get("HTTP_ACCEPT_ENCODING", "")):
        return headers, body
    etag = next((v for n, v in headers if n.lower() == "etag"), "")
    compressed = _compressed(etag, body) if etag else gzip.compress(body, mtime=0)
    kept = [(n, v) for n, v in headers if n.lower() not in {"content-length", "etag"}]
    kept += [
        ("Content-Encoding", "gzip"),
        ("Content-Length", str(len(compressed))),
    ]
    if etag:
        # The gzipped bytes are another representation: a weak validator (RFC 9110 8.8.1).
        kept.append(("ETag", etag if etag.startswith("W/") else f"W/{etag}"))
    return kept, compressed
