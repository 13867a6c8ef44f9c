"""Hostile and malformed requests, sent byte for byte to gunicorn with production settings.

Every one must answer 2xx, 3xx, 400, 404 or 405, never a 5xx, and when the answer is one of
the site's error pages it is in the language the request asked for. One exception, named
per case: headers past gunicorn's limits (8190 bytes a field, 100 fields) are refused by
gunicorn itself, before Django, with 431 Request Header Fields Too Large (RFC 6585), the
4xx made for exactly that.
"""

import re

import pytest

from .stack import HOST

ACCEPTABLE = {400, 404, 405}
LONG = "a" * 3000


def req(target, method="GET", headers=None, lang=None, raw=None, also=()):
    return {"target": target, "method": method, "headers": headers or {}, "lang": lang,
            "raw": raw, "also": set(also)}  # fmt: skip


def raw_request(first_line, *header_lines):
    lines = [first_line, f"Host: {HOST}".encode(), b"X-Forwarded-Proto: https",
             b"Connection: close", *header_lines]  # fmt: skip
    return b"\r\n".join(lines) + b"\r\n\r\n"


HOSTILE_REQUESTS = {
    # Broken and overlong paths and query strings
    "encoded-nul-in-path": req("/nl/%00/", lang="nl"),
    "encoded-nul-in-slug": req("/fr/cellule%00/", lang="fr"),
    "overlong-path": req("/en/" + LONG + "/", lang="en"),
    "overlong-path-segment-count": req("/nl/" + "a/" * 1000, lang="nl"),
    "overlong-query": req("/fr/?" + "x=" + LONG),
    "many-query-parameters": req("/nl/?" + "&".join(f"p{i}=1" for i in range(500))),
    "broken-percent-encoding": req("/nl/%zz%/", lang="nl"),
    "broken-query-encoding": req("/en/?q=%E0%A4%A&page=%"),
    "page-not-a-number": req("/nl/partners/?page=abc"),
    "page-negative": req("/fr/partenaires/?page=-1"),
    "page-huge": req("/en/partners/?page=99999999999999999999999"),
    "script-in-query": req("/en/?q=<script>alert(1)</script>"),
    "semicolon-path-parameter": req("/nl/cel;jsessionid=1/", lang="nl"),
    "double-slash-open-redirect": req("//evil.example.org/", lang="nl"),
    "crlf-header-injection": req("/nl/%0d%0aSet-Cookie:%20x=y/", lang="nl"),
    # NUL bytes
    "raw-nul-in-path": req(None, raw=raw_request(b"GET /nl/\x00 HTTP/1.1")),
    "encoded-nul-in-query": req("/nl/?q=%00&page=%00"),
    "nul-in-cookie": req(None, raw=raw_request(b"GET /nl/ HTTP/1.1", b"Cookie: a=\x00")),
    # Odd Unicode
    "invalid-utf8": req("/nl/%ff%fe/", lang="nl"),
    "overlong-utf8-dot": req("/fr/%c0%ae%c0%ae/", lang="fr"),
    "right-to-left-override": req("/en/%E2%80%AE/", lang="en"),
    "emoji": req("/en/%F0%9F%92%A9/", lang="en"),
    "byte-order-mark": req("/nl/%EF%BB%BF/", lang="nl"),
    "accented-slug": req("/fr/caf%C3%A9/", lang="fr"),
    "lone-surrogate": req("/fr/%ED%A0%80/", lang="fr"),
    "raw-utf8-in-request-line": req(None, raw=raw_request("GET /fr/é/ HTTP/1.1".encode())),
    # Unknown language prefixes
    "unknown-prefix": req("/de/", headers={"Accept-Language": "fr"}, lang="fr"),
    "unknown-prefix-deep": req("/xx-yy/cel/", lang="nl"),
    "uppercase-prefix": req("/NL/cel/", lang="nl"),
    "fullwidth-prefix": req("/%EF%BD%8E%EF%BD%8C/", lang="nl"),
    "wrong-language-slug": req("/fr/cel/", lang="fr"),
    # Broken Accept-Language and cookie values
    "accept-language-garbage": req("/", headers={"Accept-Language": "!!;q=abc,,;;"}),
    "accept-language-nan": req("/", headers={"Accept-Language": "fr;q=NaN, en;q=inf"}),
    "accept-language-long": req("/", headers={"Accept-Language": "fr-" + "x" * 3000}),
    "cookie-language-traversal": req("/", headers={"Cookie": "django_language=../../etc"}),
    "cookie-broken": req("/nl/", headers={"Cookie": "=;=;;django_language;"}),
    "cookie-garbage-session": req("/nl/", headers={"Cookie": "sessionid=<script>; csrftoken=%"}),
    # Oversized headers
    "oversized-header": req("/nl/", headers={"X-Padding": "p" * 9000}, also={431}),
    "too-many-headers": req("/nl/", headers={f"X-H{i}": "1" for i in range(150)}, also={431}),
    "oversized-cookie": req("/nl/", headers={"Cookie": "a=" + "b" * 7000}),
    "host-not-allowed": req("/fr/", headers={"Host": "evil.example.org"}, lang="fr"),
    "host-with-junk-port": req("/en/", headers={"Host": f"{HOST}:abc"}, lang="en"),
    # Wrong HTTP methods
    "post-to-page": req("/nl/cel/", method="POST", lang="nl"),
    "put-to-page": req("/fr/cellule/", method="PUT", lang="fr"),
    "delete-to-page": req("/en/unit/", method="DELETE", lang="en"),
    "patch-to-home": req("/nl/", method="PATCH", lang="nl"),
    "trace": req("/en/", method="TRACE", lang="en"),
    "made-up-method": req("/fr/", method="FROBNICATE", lang="fr"),
    "head": req("/nl/", method="HEAD"),
    # Path traversal
    "traversal-in-page-path": req("/nl/../../etc/passwd", lang="nl"),
    "traversal-in-static": req("/static/../strategy_site/settings/base.py"),
    "encoded-traversal-in-static": req("/static/..%2f..%2fmanage.py"),
    "traversal-in-media": req("/media/../../etc/passwd"),
    "traversal-in-documents": req("/documents/../../etc/passwd"),
    "double-encoded-traversal": req("/en/%252e%252e/%252e%252e/etc/passwd", lang="en"),
    "encoded-dots-at-root": req("/%2e%2e/%2e%2e/etc/passwd"),
}


def send(stack, case):
    if case["raw"] is not None:
        return stack.raw(case["raw"])
    headers = dict(case["headers"])
    host = headers.pop("Host", HOST)
    return stack.get(case["target"], method=case["method"], headers=headers, host=host)


def test_the_list_is_long_enough():
    assert len(HOSTILE_REQUESTS) >= 40


@pytest.mark.parametrize("case", HOSTILE_REQUESTS.values(), ids=HOSTILE_REQUESTS.keys())
def test_hostile_request_never_gets_a_server_error(production_stack, case):
    response = send(production_stack, case)

    acceptable = ACCEPTABLE | case["also"]
    assert 200 <= response.status < 400 or response.status in acceptable, response.text[:300]
    if case["lang"] and response.status in ACCEPTABLE:
        assert f'<html lang="{case["lang"]}">' in response.text
        assert f'href="/{case["lang"]}/"' in response.text  # the way home
    if response.status in (301, 302, 307, 308):
        location = response.headers["Location"]
        assert not re.match(r"^(https?:)?//(?!strategy\.example\.org)", location), location
    assert "<script>alert" not in response.text
    assert "x=y" not in " ".join(response.header_list("Set-Cookie"))
