"""Content safety: sanitised rich text, an audited list of unescaped output, safe documents,
and unpublished or private pages that anonymous visitors never see.

"""

import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText

from cells.models import CellPage
from objectives.models import ContentPage, StrategyPage
from tests.factories import add_project
from tests.pages import LANGUAGES, SEEDED_URLS

ROOT = Path(__file__).resolve().parents[2]

HOSTILE_HTML = (
    '<p onclick="steal()">Bonjour <a href="javascript:steal()">lien</a>'
    "<script>steal()</script><img src=x onerror=steal()>"
    '<a href="JaVaScRiPt:steal()">deux</a><iframe src="https://evil.example"></iframe></p>'
)


def assert_harmless(html):
    # The only scripts allowed are JSON-LD data blocks, which browsers never execute.
    assert "<script" not in html.replace('<script type="application/ld+json">', "")
    assert "steal()" not in html
    assert not re.search(r"\son[a-z]+\s*=", html)
    assert "javascript:" not in html.lower()
    assert "<iframe" not in html


@pytest.mark.django_db
def test_rich_text_field_loses_scripts_handlers_and_javascript_links(client):
    home = StrategyPage.objects.get()
    home.intro_fr = HOSTILE_HTML
    home.save_revision().publish()

    response = client.get("/fr/")

    assert response.status_code == 200
    assert "Bonjour" in response.content.decode()
    assert_harmless(response.content.decode())


@pytest.mark.django_db
def test_rich_text_in_a_stream_field_is_sanitised_too(client):
    project = add_project(
        CellPage.objects.get(), 7, body_fr=[("paragraph", RichText(HOSTILE_HTML))]
    )

    # The French URL itself, with the French slugs: the Dutch path under /fr/ resolved only
    # after some earlier test, so the test failed alone and on an xdist worker.
    with translation.override("fr"):
        url = project.get_url(request=None)
    response = client.get(url)
    stored = Page.objects.get(pk=project.pk).specific.body_fr.raw_data[0]["value"]

    assert response.status_code == 200
    assert "Bonjour" in response.content.decode()
    assert_harmless(response.content.decode())
    assert_harmless(stored)


@pytest.mark.django_db
def test_sanitising_keeps_wagtails_internal_links_and_allowed_formatting():
    home = StrategyPage.objects.get()
    home.intro_en = (
        '<p><b>Bold</b> <a linktype="page" id="3">internal</a> <a href="https://x.eu">x</a></p>'
    )
    home.save()
    home.refresh_from_db()

    assert home.intro_en == (
        '<p><b>Bold</b> <a linktype="page" id="3">internal</a> <a href="https://x.eu">x</a></p>'
    )


# Every place where code or a template marks output as safe, and why it cannot carry
# untrusted input. A new |safe or mark_safe fails this test until it is justified here.
JUSTIFIED_UNESCAPED_OUTPUT = {
    (
        "strategy_site/public/seo.py",
        "return mark_safe(f'<script type=\"application/ld+json\">{text}</script>')  # noqa: S308",
    ): "JSON-LD is json.dumps output with <, > and & escaped as \\u escapes, so no text "
    "can close the script element or start markup.",
    (
        "strategy_site/templatetags/seo_tags.py",
        'return mark_safe("".join(scripts))  # noqa: S308 (each part is escaped by json_ld_script)',
    ): "Joins scripts that json_ld_script already made safe; nothing else is added.",
    (
        "strategy_site/search/query.py",
        'return mark_safe(safe.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308',
    ): "The excerpt is HTML-escaped first; only the private match markers become <mark>.",
    (
        "strategy_site/translation_status/readable_diff.py",
        "return mark_safe(_paragraphs(old_out)), mark_safe(_paragraphs(new_out))  # noqa: S308",
    ): "Every run of words is HTML-escaped before it is wrapped in <del>, <ins> or <p>; "
    "the text comes from the page's own plain text, shown only in the admin.",
}

UNESCAPED_OUTPUT = re.compile(r"\|\s*safe\b|mark_safe\(|SafeString\(|autoescape\s+off|safeseq")


def unescaped_output_in_project():
    found = set()
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in {".venv", "var", "tests", ".git", "node_modules"}:
            continue
        if path.suffix not in {".py", ".html", ".txt", ".xml"} or not path.is_file():
            continue
        for line in path.read_text(errors="replace").splitlines():
            if UNESCAPED_OUTPUT.search(line):
                found.add((str(relative), line.strip()))
    return found


def test_every_unescaped_output_in_the_code_is_listed_and_justified():
    found = unescaped_output_in_project()

    assert found == set(JUSTIFIED_UNESCAPED_OUTPUT), (
        "Justify each |safe / mark_safe in JUSTIFIED_UNESCAPED_OUTPUT, or remove it: "
        f"{sorted(found)}"
    )
    assert all(len(reason) > 20 for reason in JUSTIFIED_UNESCAPED_OUTPUT.values())


@pytest.mark.django_db
def test_documents_are_served_as_downloads_with_safe_headers(client):
    document = get_document_model().objects.create(
        title="Hostile", file=ContentFile(b"<script>alert(1)</script>", name="hostile.html")
    )

    response = client.get(document.url)
    body = b"".join(response.streaming_content)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"  # Wagtail's own
    assert body == b"<script>alert(1)</script>"  # delivered as a file, never as a page


def add_hidden_pages():
    home = StrategyPage.objects.get()
    pages = {}
    for kind in ("draft", "private"):
        fields = {}
        for code in LANGUAGES:
            fields[f"title_{code}"] = f"Hidden {kind} page {code}"
            fields[f"slug_{code}"] = f"hidden-{kind}-{code}"
        page = ContentPage(title=fields["title_nl"], slug=fields["slug_nl"], **fields)
        page.show_in_menus = True
        home.add_child(instance=page)
        pages[kind] = page
    draft = pages["draft"]
    draft.live = False
    draft.save_revision()
    draft.save()
    pages["private"].save_revision().publish()
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="login")
    return pages


PUBLIC_LISTINGS = [
    *[urls[language] for urls in SEEDED_URLS.values() for language in LANGUAGES],
    "/sitemap.xml",
    "/nl/zoeken/?q=hidden",
    "/fr/recherche/?q=hidden",
    "/en/search/?q=hidden",
    "/en/full-strategy/",
]


@pytest.mark.django_db
def test_draft_and_private_pages_never_reach_anonymous_visitors(client):
    add_hidden_pages()

    for code in LANGUAGES:
        draft = client.get(f"/{code}/hidden-draft-{code}/")
        private = client.get(f"/{code}/hidden-private-{code}/")
        assert draft.status_code == 404
        assert private.status_code == 302
        assert "/login" in private["Location"]
    for url in PUBLIC_LISTINGS:
        html = client.get(url).content.decode()
        assert "hidden-draft" not in html and "Hidden draft" not in html, url
        assert "hidden-private" not in html and "Hidden private" not in html, url
