import pytest

from strategy_site.seed import strategy_content as content
from tests.pages import SEEDED_TEXT, SEEDED_URLS, plain

from .pages import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("project_page")]


def test_keyboard_user_tabs_to_the_switcher_and_lands_on_the_same_page_in_french(open_page):
    page = open_page(SEEDED_URLS["cell"]["nl"])

    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "fr":
            break
    else:
        pytest.fail("Tab never reached the French link of the language switcher")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused link shows where the focus is"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith(SEEDED_URLS["cell"]["fr"])
    assert page.locator("html").get_attribute("lang") == "fr"
    assert " ".join(page.locator("h1").inner_text().split()) == plain(content.CELL["title"]["fr"])
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    assert cookies["django_language"] == "fr"


@pytest.mark.parametrize("language", ("nl", "fr", "en"))
def test_every_page_is_fully_readable_with_javascript_disabled(open_page, language):
    for key, urls in sorted(PAGE_TYPES.items()):
        page = open_page(urls[language], javascript=False)
        main = page.locator("main")
        assert main.is_visible(), key
        assert page.locator("h1").is_visible(), key
        text = " ".join(main.inner_text().split())
        for translations in SEEDED_TEXT.get(key, ()):
            assert plain(translations[language]) in text, key
        page.context.close()
