"""The edge cache (a real varnishd with deploy/varnish/default.vcl) in front of gunicorn."""

from http.cookies import SimpleCookie

import pytest

from tests.pages import LANGUAGES, SEEDED_URLS

from . import stack
from .edge import Varnish

NEW_TITLES = {
    "nl": "Samenwerking met de buurgewesten, zoals gepubliceerd",
    "fr": "Coopération avec les régions voisines, telle que publiée",
    "en": "Cooperation with the neighbouring regions, as published",
}
PUBLISH = f"""
from objectives.models import ObjectivePage
page = ObjectivePage.objects.get(slug_nl="samenwerking-met-vlaanderen-en-wallonie")
for code, title in {NEW_TITLES!r}.items():
    setattr(page, "title_" + code, title)
page.save_revision().publish()
"""


@pytest.fixture(scope="module")
def edge(production_stack):
    varnish = Varnish(production_stack.gunicorn.port)
    try:
        varnish.start()
        yield varnish
    finally:
        varnish.stop()


def cached_through(edge, url, **kwargs):
    edge.get(url, **kwargs)
    response = edge.get(url, **kwargs)
    assert response.status == 200, url
    assert response.headers["X-Edge-Cache"] == "HIT", url
    return response


def test_anonymous_pages_are_served_by_the_edge(edge, production_stack):
    from_edge = cached_through(edge, "/fr/")

    assert from_edge.body == production_stack.get("/fr/").body
    assert "public" in from_edge.headers["Cache-Control"]


def test_the_edge_keys_pages_as_the_application_does(edge):
    page = cached_through(edge, "/nl/zoeken/?q=samenwerking&page=1")

    tracked = edge.get("/nl/zoeken/?page=1&utm_source=nieuwsbrief&q=samenwerking&fbclid=x")
    unknown = edge.get("/nl/zoeken/?q=samenwerking&page=1&x=1")
    repeated = edge.get("/nl/zoeken/?q=samenwerking&page=1&q=anders")

    assert tracked.headers["X-Edge-Cache"] == "HIT"
    assert tracked.body == page.body
    assert unknown.headers["X-Edge-Cache"] == repeated.headers["X-Edge-Cache"] == "PASS"


def test_a_ban_is_refused_on_the_public_address(edge):
    cached_through(edge, "/en/")

    refused = edge.get("/en/", method="BAN", headers={"X-Ban-Pattern": "^/"})

    assert refused.status == 403
    assert edge.get("/en/").headers["X-Edge-Cache"] == "HIT"


def test_a_publish_leaves_no_stale_page_at_the_edge_in_any_language(edge, production_stack):
    listed = ("objective-1", "objectives", "home")
    for language in LANGUAGES:
        for key in listed:
            before = cached_through(edge, SEEDED_URLS[key][language])
            assert NEW_TITLES[language] not in before.text

    env = {**production_stack.env, "EDGE_CACHE_BAN_URLS": edge.ban_url}
    stack.manage(env, "shell", "-c", PUBLISH)

    for language in LANGUAGES:
        for key in ("objective-1", "objectives"):
            after = edge.get(SEEDED_URLS[key][language])
            assert after.status == 200
            assert after.headers["X-Edge-Cache"] == "MISS", (key, language)
            assert NEW_TITLES[language] in after.text, (key, language)
        assert edge.get(SEEDED_URLS["home"][language]).headers["X-Edge-Cache"] == "MISS"


def log_in(production_stack, editor):
    logged_in, csrf = production_stack.post_login(
        editor.username, editor.password, forwarded_for="203.0.113.7"
    )
    assert logged_in.status == 302, logged_in.text[:300]
    cookies = SimpleCookie()
    for header in logged_in.header_list("Set-Cookie"):
        cookies.load(header)
    return f"sessionid={cookies['sessionid'].value}; csrftoken={csrf.value}"


def test_a_logged_in_editor_is_never_served_from_the_edge(
    edge, production_stack, production_editor
):
    for language in LANGUAGES:
        cached_through(edge, SEEDED_URLS["cell"][language])
    cookie = log_in(production_stack, production_editor)

    for language in LANGUAGES:
        url = SEEDED_URLS["cell"][language]
        as_editor = edge.get(url, headers={"Cookie": cookie})
        assert as_editor.headers["X-Edge-Cache"] == "PASS"
        assert "no-store" in as_editor.headers["Cache-Control"]
        assert "wagtail-userbar" in as_editor.text
        # and what the editor got is never served to a visitor
        assert "wagtail-userbar" not in edge.get(url).text
    assert edge.get("/admin/", headers={"Cookie": cookie}).headers["X-Edge-Cache"] == "PASS"
