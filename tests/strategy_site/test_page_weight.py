"""HTML ≤ 40 KB and CSS ≤ 25 KB per page, with no script needed for content."""

import re
from pathlib import Path

import pytest

from tests.pages import LANGUAGES, NON_PAGE_URLS, SEEDED_URLS

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", sorted({**SEEDED_URLS, **NON_PAGE_URLS}))
def test_page_html_stays_under_40_kb_with_no_executable_script(client, key, language):
    response = client.get({**SEEDED_URLS, **NON_PAGE_URLS}[key][language])
    document = response.content

    assert response.status_code == 200, key
    print(f"{key} {language}: {len(document)} bytes")
    assert len(document) <= 40 * 1024
    scripts = re.findall(rb"<script\b([^>]*)>", document)
    assert all(b'type="application/ld+json"' in attributes for attributes in scripts)


def test_the_one_stylesheet_stays_under_25_kb():
    stylesheets = list((ROOT / "static").rglob("*.css"))

    assert [path.name for path in stylesheets] == ["site.css"]
    assert stylesheets[0].stat().st_size <= 25 * 1024


def test_the_web_fonts_of_a_first_visit_stay_under_60_kb():
    fonts = list((ROOT / "static" / "fonts").glob("*.woff2"))
    stylesheet = (ROOT / "static" / "css" / "site.css").read_text()

    assert fonts
    assert all(font.name in stylesheet for font in fonts)  # every file is one the page uses
    assert sum(font.stat().st_size for font in fonts) <= 60 * 1024
