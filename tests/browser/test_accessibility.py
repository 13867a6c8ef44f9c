"""axe-core finds no WCAG 2.1 A/AA violation on any page type, language or width."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.pages import LANGUAGES

from .pages import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("project_page")]

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
WIDTHS = (1280, 375)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_reports_no_violations_on_any_page_type(open_page, language, width):
    axe = Axe()
    report = {}
    for page_type, urls in sorted(PAGE_TYPES.items()):
        page = open_page(urls[language], width=width)
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            report[page_type] = results.generate_report()
        page.context.close()
    checked = len(PAGE_TYPES)
    print(f"axe: {checked} page views ({language}, {width}px), {len(report)} with violations")

    assert report == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_reflow_without_horizontal_scrolling_at_320_px_and_200_percent_zoom(
    open_page, language
):
    # 200% zoom of a 1280 px window is a 640 px layout; WCAG 1.4.10 asks for 320 px.
    overflowing = []
    for width in (320, 640):
        for page_type, urls in sorted(PAGE_TYPES.items()):
            page = open_page(urls[language], width=width)
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > width:
                overflowing.append((page_type, width, scroll_width))
            page.context.close()

    assert overflowing == []


def test_every_page_has_landmarks_one_h1_and_the_current_page_marked(open_page):
    for page_type, urls in sorted(PAGE_TYPES.items()):
        page = open_page(urls["en"])
        assert page.locator("h1").count() == 1, page_type
        for landmark in ("header", "main", "footer", "nav"):
            assert page.locator(landmark).count() >= 1, (page_type, landmark)
        page.context.close()
    page = open_page(PAGE_TYPES["cell"]["en"])
    assert page.locator('.service-nav__link[aria-current="page"]').inner_text()
