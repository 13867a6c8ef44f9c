import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.conf import settings

from tests.pages import LANGUAGES, SEEDED_URLS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("cookie", "accept_language", "expected"),
    [
        (None, None, "/nl/"),
        (None, "en-GB,en;q=0.9", "/en/"),
        (None, "fr-BE,fr;q=0.9,en;q=0.5", "/fr/"),
        (None, "de-DE,de;q=0.9", "/nl/"),
        ("fr", "en-GB,en;q=0.9", "/fr/"),
        ("en", None, "/en/"),
    ],
)
def test_root_redirects_by_cookie_then_accept_language_then_dutch(
    client, cookie, accept_language, expected
):
    if cookie:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}

    response = client.get("/", **headers)

    assert response.status_code == 302
    assert response["Location"] == expected
    vary = {part.strip() for part in response["Vary"].split(",")}
    assert {"Accept-Language", "Cookie"} <= vary


def switcher_links(document):
    nav = document.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {
        code: href.replace("&amp;", "&")
        for href, code in re.findall(r'<a href="([^"]+)" hreflang="([a-z]{2})" lang="\2"', nav)
    }


@pytest.mark.parametrize("key", sorted(SEEDED_URLS))
def test_switcher_links_to_the_same_page_in_each_other_language(client, key):
    for language in LANGUAGES:
        links = switcher_links(client.get(SEEDED_URLS[key][language]).content.decode())

        others = [code for code in LANGUAGES if code != language]
        assert sorted(links) == sorted(others)
        for code, href in links.items():
            target = parse_qs(urlparse(href).query)["next"][0]
            assert target == SEEDED_URLS[key][code]


def test_choosing_a_language_sets_the_cookie_and_lands_on_the_same_page(client):
    links = switcher_links(client.get(SEEDED_URLS["cell"]["nl"]).content.decode())

    response = client.get(links["fr"])

    assert response.status_code == 302
    assert response["Location"] == SEEDED_URLS["cell"]["fr"]
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    assert client.get("/")["Location"] == "/fr/"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:x"])
def test_language_switch_never_redirects_off_the_site(client, target):
    response = client.get("/language/en/", {"next": target})

    assert response["Location"] == "/en/"
