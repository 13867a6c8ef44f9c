"""The security headers, HTTPS and host rules as gunicorn serves them with production settings."""

import datetime
import json
import re
from http.cookies import SimpleCookie

import pytest

from tests.pages import LANGUAGES, SEEDED_URLS

from .stack import HOST

PUBLIC_URLS = [urls[language] for urls in SEEDED_URLS.values() for language in LANGUAGES]


def directives(policy):
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def test_plain_http_is_redirected_to_https(production_stack):
    # Even when the HTTPS page sits in the cache: a plain-HTTP request never matches it.
    # Another test's publish may retire the page between two requests: ask until it is held.
    statuses = [production_stack.get("/fr/recherche/?q=cellule").headers["X-Cache"]]
    while statuses[-1] != "HIT" and len(statuses) < 4:
        statuses.append(production_stack.get("/fr/recherche/?q=cellule").headers["X-Cache"])
    assert statuses[-1] == "HIT", statuses

    response = production_stack.get("/fr/recherche/?q=cellule", https=False)

    assert response.status == 301
    assert response.headers["Location"] == f"https://{HOST}/fr/recherche/?q=cellule"


@pytest.mark.parametrize("outcome", ["MISS", "HIT"])
def test_https_pages_carry_the_security_headers(production_stack, outcome):
    # The first request renders the page; the second is answered by the cache in front of
    # Django (strategy_site/wsgi.py) and must carry the same headers.
    url = f"/nl/zoeken/?q=headers-{outcome.lower()}"  # a key of its own per outcome
    if outcome == "HIT":
        production_stack.get(url)
    headers = production_stack.get(url).headers

    assert headers["X-Cache"] == outcome
    hsts = headers["Strict-Transport-Security"]
    assert int(re.search(r"max-age=(\d+)", hsts).group(1)) >= 365 * 24 * 3600
    assert "includeSubDomains" in hsts
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["X-Frame-Options"] == "DENY"
    permissions = headers["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation"):
        assert f"{feature}=()" in permissions


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_forbid_inline_script_and_need_none(production_stack, url):
    response = production_stack.get(url)
    policy = directives(response.headers["Content-Security-Policy"])

    assert response.status == 200
    for directive in ("script-src", "default-src"):
        assert "'unsafe-inline'" not in policy[directive]
        assert "'unsafe-eval'" not in policy[directive]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    # What the policy would block must not be on the page, or the page would break.
    html = response.text
    # JSON-LD blocks are data: browsers never execute them, and CSP does not apply to them.
    executable = html.replace('<script type="application/ld+json">', "")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", executable), "inline script"
    assert not re.search(r"\son[a-z]+\s*=", html), "event handler attribute"
    assert "<style" not in html and " style=" not in html, "inline style"
    assert "javascript:" not in html


def test_the_admin_gets_the_documented_relaxed_policy_and_may_frame_previews(production_stack):
    policy = directives(production_stack.get("/admin/login/").headers["Content-Security-Policy"])

    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_cookies_are_secure_httponly_and_samesite(production_stack, production_editor):
    logged_in, csrf_cookie = production_stack.post_login(
        production_editor.username, production_editor.password, forwarded_for="203.0.113.5"
    )

    assert logged_in.status == 302, logged_in.text[:500]
    cookies = {}
    for header in logged_in.header_list("Set-Cookie"):
        cookies.update(SimpleCookie(header))
    for name in ("sessionid", "csrftoken"):
        cookie = cookies[name] if name in cookies else csrf_cookie
        assert cookie["secure"], name
        assert cookie["samesite"] == "Lax", name
        assert cookie["httponly"], name


def test_a_host_not_allowed_gets_a_400_page(production_stack):
    response = production_stack.get("/fr/", host="attacker.example")

    assert response.status == 400
    assert '<html lang="fr">' in response.text


def test_security_txt_names_a_contact_and_a_future_expiry(production_stack):
    response = production_stack.get("/.well-known/security.txt")
    fields = dict(line.split(": ", 1) for line in response.text.strip().splitlines())

    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    assert fields["Contact"].startswith(("mailto:", "https://"))
    expires = datetime.datetime.fromisoformat(fields["Expires"])
    now = datetime.datetime.now(datetime.UTC)
    assert now < expires < now + datetime.timedelta(days=366)


def test_probes_answer_over_plain_http_with_any_host(production_stack):
    live = production_stack.get("/healthz", https=False, host="10.0.0.7:8000")
    ready = production_stack.get("/readyz", https=False, host="10.0.0.7:8000")

    assert live.status == 200
    assert ready.status == 200
    assert json.loads(ready.body) == {"status": "ok", "database": "ok", "cache": "ok"}


def test_a_cache_hit_is_one_json_log_line_too(production_stack):
    production_stack.get("/fr/recherche/?q=journal")
    hit = production_stack.get("/fr/recherche/?q=journal", headers={"X-Request-ID": "trace-hit-1"})

    lines = [
        json.loads(line)
        for line in production_stack.gunicorn.log_text().splitlines()
        if "trace-hit-1" in line
    ]
    assert hit.headers["X-Cache"] == "HIT"
    assert len(lines) == 1
    assert (lines[0]["path"], lines[0]["status"], lines[0]["lang"]) == ("/fr/recherche/", 200, "fr")


def test_each_request_is_one_json_log_line_without_personal_data(production_stack):
    production_stack.get(
        "/en/unit/?q=jane.doe@example.org",
        headers={"X-Request-ID": "trace-4711", "Cookie": "sessionid=secret-session"},
    )

    lines = [
        json.loads(line)
        for line in production_stack.gunicorn.log_text().splitlines()
        if "trace-4711" in line
    ]
    assert len(lines) == 1
    line = lines[0]
    assert line["path"] == "/en/unit/"
    assert line["status"] == 200
    assert line["method"] == "GET"
    assert line["lang"] == "en"
    assert isinstance(line["duration_ms"], float)
    serialised = json.dumps(line)
    for personal in ("jane.doe", "127.0.0.1", "secret-session"):
        assert personal not in serialised
