"""The header, menu and chrome as a visitor on a phone or a desk sees and uses them."""

import re

import pytest

from tests.pages import LANGUAGES

from .pages import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("project_page")]

MOBILE_HEADER_LIMIT = 160
MISSING = {"nl": "/nl/bestaat-niet/", "fr": "/fr/nexiste-pas/", "en": "/en/no-such-page/"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_phone_the_heading_starts_within_160_px(open_page, language):
    too_low = []
    for page_type, urls in sorted(PAGE_TYPES.items()):
        page = open_page(urls[language], width=375)
        top = page.locator("h1").bounding_box()["y"]
        if top > MOBILE_HEADER_LIMIT:
            too_low.append((page_type, round(top)))
        page.context.close()

    assert too_low == []


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_phone_menu_opens_and_closes_from_the_keyboard(open_page, javascript):
    page = open_page(PAGE_TYPES["objectives"]["en"], width=375, javascript=javascript)
    menu = page.locator("summary.service-nav__toggle")
    first_link = page.locator(".service-nav__link").first

    assert "Objectives" in menu.inner_text()  # the current section, shown while closed
    assert not first_link.is_visible()
    menu.focus()
    page.keyboard.press("Enter")
    assert first_link.is_visible()
    assert page.locator("#header-search-query").is_visible()
    page.keyboard.press("Enter")
    assert not first_link.is_visible()
    page.keyboard.press("Space")
    assert first_link.is_visible()


def test_on_a_desk_the_navigation_search_and_switcher_show_without_a_menu(open_page):
    page = open_page(PAGE_TYPES["cell"]["fr"], width=1280)

    assert not page.locator("summary.service-nav__toggle").is_visible()
    assert page.locator(".service-nav__link").first.is_visible()
    assert page.locator("#header-search-query").is_visible()
    assert page.locator(".language-switcher a").count() == 2


def test_the_favicon_and_the_fonts_answer_200(open_page, site_server):
    page = open_page(PAGE_TYPES["home"]["nl"])
    fonts = page.evaluate(
        "performance.getEntriesByType('resource')"
        ".filter(e => e.name.endsWith('.woff2')).map(e => e.name)"
    )
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').length")

    assert fonts
    assert loaded >= 1
    for url in [*fonts, f"{site_server.url}/favicon.ico", f"{site_server.url}/favicon.svg"]:
        assert page.request.get(url).status == 200, url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_404_page_has_the_whole_chrome(browser, site_server, db, language):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    response = page.goto(f"{site_server.url}{MISSING[language]}")

    assert response.status == 404
    assert page.locator(f'html[lang="{language}"]').count() == 1
    switcher = page.locator(".language-switcher a")
    assert switcher.count() == 2
    for link in switcher.all():
        assert re.search(r"next=%2F(nl|fr|en)%2F$", link.get_attribute("href"))
    assert page.locator(".service-nav__link").count() >= 5
    assert page.locator("#header-search-query").is_visible()
    assert page.locator("footer .site-footer__name").is_visible()
    context.close()
