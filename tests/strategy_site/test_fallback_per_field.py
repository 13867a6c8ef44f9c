"""The fallback notice names the parts shown in Dutch; a missing slug alone is silent."""

import html
import re

import pytest
from django.utils import translation

from cells.models import CellPage
from strategy_site.translation_status.status_report import COMPLETE, build_report
from tests.pages import SEEDED_URLS
from tests.translators import add_untranslated_project

pytestmark = pytest.mark.django_db


def notice(document):
    found = re.search(r'<p class="fallback-notice" role="note">(.*?)</p>', document, re.S)
    return html.unescape(re.sub(r"[ \t\n]+", " ", found.group(1)).strip()) if found else None


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def test_a_page_lacking_only_its_french_slug_is_french_under_the_dutch_slug(client):
    project = add_untranslated_project(81, missing=("slug_fr",))
    url = url_in(project, "fr")

    response = client.get(url)

    document = response.content.decode()
    assert url.startswith("/fr/") and url.endswith("/gap-project-81-nl/")
    assert response.status_code == 200
    assert notice(document) is None
    assert "Intro of project 81 in fr" in document
    assert re.search(
        r'<link rel="alternate" hreflang="fr" href="[^"]+gap-project-81-nl/"', document
    )
    row = next(r for r in build_report().rows if r.item.obj.pk == project.pk)
    assert row.statuses["fr"].status == COMPLETE


def blank(language, *fields):
    cell = CellPage.objects.get()
    for name in fields:
        value = [] if name == "body" else ""
        setattr(cell, f"{name}_{language}", value)
    cell.save_revision().publish()


def test_the_french_notice_names_only_the_introduction(client):
    blank("fr", "intro")

    document = client.get(SEEDED_URLS["cell"]["fr"]).content.decode()

    assert notice(document) == (
        "Ces parties de la page ne sont pas encore disponibles en français et sont affichées "
        "en néerlandais\u00a0: introduction."
    )
    assert "n’est pas encore disponible" not in document
    assert re.search(r'<p class="page-lead__intro" lang="nl">', document)
    assert re.search(r'<h1[^>]*>(?:(?!lang="nl").)*Cellule', document, re.S)


def test_the_english_notice_names_the_introduction_and_the_body(client):
    blank("en", "intro", "body")

    document = client.get(SEEDED_URLS["cell"]["en"]).content.decode()

    assert notice(document) == (
        "These parts of this page are not yet available in English and are shown in Dutch: "
        "introduction, body."
    )
    assert re.search(r'<div lang="nl">\s*<div class="body">', document)


def test_dutch_readers_never_see_a_notice(client):
    blank("fr", "intro")
    blank("en", "intro", "body")

    document = client.get(SEEDED_URLS["cell"]["nl"]).content.decode()

    assert notice(document) is None
    assert 'lang="nl"' not in document.split("<main", 1)[1]


def test_a_page_with_nothing_of_its_own_says_the_whole_page_is_in_dutch(client):
    project = add_untranslated_project(82, missing=("title_en", "slug_en", "intro_en"))

    document = client.get(url_in(project, "en")).content.decode()

    assert notice(document) == "This page is not yet available in English. It is shown in Dutch."
