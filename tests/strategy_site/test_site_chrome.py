"""The chrome around every page: the 404 page's full header and footer, the footer's
privacy page in three languages, and the strategy at a glance."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from tests.pages import LANGUAGES, NON_PAGE_URLS, SEEDED_URLS, visible_text

pytestmark = pytest.mark.django_db

MISSING = {"nl": "/nl/bestaat-niet/", "fr": "/fr/nexiste-pas/", "en": "/en/no-such-page/"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_404_page_has_navigation_search_switcher_and_footer(client, language):
    response = client.get(MISSING[language])
    document = response.content.decode()

    assert response.status_code == 404
    assert 'class="service-nav__link"' in document
    assert 'action="/' in document and 'name="q"' in document
    for other in set(LANGUAGES) - {language}:
        assert f"/language/{other}/?next=%2F{other}%2F" in document
    assert "<footer" in document and 'href="' + NON_PAGE_URLS["privacy"][language] in document
    assert '<meta name="robots" content="noindex">' in document
    assert 'rel="canonical"' not in document


def test_the_500_page_keeps_search_and_switcher_without_a_database(rf):
    # Every query fails, as during an outage: the page falls back to the standalone chrome.
    from django.db import connection

    from strategy_site.ops.error_pages import server_error

    def refuse(*args, **kwargs):
        raise RuntimeError("no database")

    with connection.execute_wrapper(refuse):
        response = server_error(rf.get("/fr/cellule/"))
    document = response.content.decode()

    assert response.status_code == 500
    assert '<html lang="fr">' in document
    assert 'name="q"' in document
    assert "/language/nl/?next=%2Fnl%2F" in document
    assert "<footer" in document


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_page_names_the_one_cookie_in_the_visitors_language(client, language):
    response = client.get(NON_PAGE_URLS["privacy"][language])
    text = visible_text(response)

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    with translation.override(language):
        assert gettext("Privacy and cookies") in text
        assert gettext("The one cookie we set") in text
    assert settings.LANGUAGE_COOKIE_NAME in text
    assert str(settings.LANGUAGE_COOKIE_AGE // 86400) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_footer_links_the_privacy_page(client, language):
    document = client.get(SEEDED_URLS["results"][language]).content.decode()

    footer = document.split("<footer", 1)[1]
    assert f'href="{NON_PAGE_URLS["privacy"][language]}"' in footer


@pytest.mark.parametrize("key", ["home", "full-strategy"])
def test_the_strategy_at_a_glance_links_every_objective(client, key):
    urls = {**SEEDED_URLS, **NON_PAGE_URLS}
    document = client.get(urls[key]["en"]).content.decode()

    glance = re.search(r'<section class="glance".*?</section>', document, re.S).group(0)
    objective_links = re.findall(r'href="(/en/objectives/[^"#]+)"', glance)
    assert len(objective_links) == 4
    assert SEEDED_URLS["cell"]["en"] in glance
    assert SEEDED_URLS["partners"]["en"] in glance
    assert f'{SEEDED_URLS["results"]["en"]}#results-agency' in glance
    assert f'{SEEDED_URLS["results"]["en"]}#results-region' in glance
