import re

import pytest

from cells.models import CellPage
from strategy_site.seed import strategy_content as content
from tests.pages import SEEDED_URLS

pytestmark = pytest.mark.django_db


def blank_french(field):
    cell = CellPage.objects.get()
    setattr(cell, f"{field}_fr", "")
    cell.save_revision().publish()
    return cell


def test_french_visitor_sees_dutch_intro_marked_and_a_notice_when_intro_is_blank(client):
    blank_french("intro")

    document = client.get(SEEDED_URLS["cell"]["fr"]).content.decode()

    intro = f'<p class="page-lead__intro" lang="nl">{content.CELL["intro"]["nl"]}'
    assert intro in document.replace("&#x27;", "'").replace("&#x2019;", "’")
    notice = re.search(r'<p class="fallback-notice" role="note">(.*?)</p>', document, re.S)
    assert notice and notice.group(1).strip()


def test_untranslated_language_drops_out_of_alternates_and_sitemap(client):
    blank_french("intro")

    for language in ("nl", "en"):
        document = client.get(SEEDED_URLS["cell"][language]).content.decode()
        hreflangs = re.findall(r'<link rel="alternate" hreflang="([a-z-]+)"', document)
        assert hreflangs == ["nl", "en", "x-default"]
    french = client.get(SEEDED_URLS["cell"]["fr"]).content.decode()
    assert '<link rel="canonical" href="http://testserver/nl/cel/">' in french
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/fr/cellule/" not in sitemap
    assert "http://testserver/fr/objectifs/" in sitemap


def test_translated_page_shows_no_notice_and_no_dutch_marking(client):
    document = client.get(SEEDED_URLS["cell"]["fr"]).content.decode()

    assert "fallback-notice" not in document
    assert 'lang="nl"' not in document.split("<main", 1)[1]


def test_a_blank_optional_field_falls_back_with_a_partial_notice(client):
    cell = CellPage.objects.get()
    cell.body_en = []
    cell.save_revision().publish()

    document = client.get(SEEDED_URLS["cell"]["en"]).content.decode()
    main = document.split("<main", 1)[1]

    assert 'class="fallback-notice"' in main
    assert re.search(r'<div lang="nl">\s*<div class="body">', main)
    assert 'hreflang="en"' in document
