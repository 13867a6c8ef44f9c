"""What a page render keeps per content version, with the full-page cache off.

Routes, the data each page queries, the site settings, the header (navigation and language
switcher), the footer and rendered rich text are kept per content version. Each test first
renders a page until it runs no query but Wagtail's own site lookup (so everything it shows
comes from those caches), then makes a change and expects it on the very next request.
"""

import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.rich_text import RichText

from cells.models import CellPage
from objectives.models import ObjectivePage, StrategyPage
from partners.models import Expert, PartnerIndexPage, PartnerOrganisation
from strategy_site.caching import site_lookups
from strategy_site.caching.content_version import bump_version
from strategy_site.caching.site_lookups import ProcessMemo
from strategy_site.models import FooterLink, SiteSettings
from strategy_site.seed import strategy_content as content
from tests.admin_forms import edit_form, edit_post_data
from tests.pages import LANGUAGES, SEEDED_URLS, plain, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


# Wagtail finds the request's site, then its root page (the home page), on every request (the
# full-page cache answers without them).
SITE_LOOKUP = ("wagtailcore_site", "objectives_strategypage")


def warm(client, url):
    """Render until only Wagtail's site lookup is queried: the rest comes from the caches."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Cache" not in response  # the full-page cache is off
    tables = [query["sql"].split(" FROM ", 1)[1].split()[0].strip('"') for query in captured]
    assert tables == list(SITE_LOOKUP), [query["sql"] for query in captured]
    return response


def part(response, tag):
    """The page's <header>, <footer> or <head>."""
    found = re.search(rf"<{tag}\b.*?</{tag}>", response.content.decode(), re.S)
    return found.group(0)


def test_every_public_page_renders_from_the_caches_once_warm(client):
    for urls in SEEDED_URLS.values():
        for url in urls.values():
            warm(client, url)


def test_each_page_keeps_its_own_header_and_body(client):
    objectives = ObjectivePage.objects.order_by("number")[:2]
    with translation.override("fr"):
        french_urls = [page.get_url() for page in objectives]
    with translation.override("nl"):
        dutch_url = objectives[0].get_url()
    for url in ["/fr/", "/fr/cellule/", *french_urls]:
        warm(client, url)

    home_header = part(client.get("/fr/"), "header")
    assert home_header.count('aria-current="page"') == 1
    assert 'href="/fr/" aria-current="page"' in home_header
    cell_header = part(client.get("/fr/cellule/"), "header")
    assert 'href="/fr/cellule/" aria-current="page"' in cell_header
    assert "next=%2Fnl%2Fcel%2F" in cell_header
    first, second = (client.get(url) for url in french_urls)
    assert 'href="/fr/objectifs/" aria-current="true"' in part(first, "header")
    assert "next=" + dutch_url.replace("/", "%2F") in part(first, "header")
    first_summary = plain(content.OBJECTIVES[0]["summary"]["fr"])
    assert first_summary in visible_text(first)
    assert first_summary not in visible_text(second)


def test_the_cached_head_has_the_absolute_urls_of_each_host_and_scheme(client):
    warm(client, "/en/results/")
    for host in ("localhost", "127.0.0.1"):
        head = part(client.get("/en/results/", HTTP_HOST=host), "head")
        assert f'<link rel="canonical" href="http://{host}/en/results/">' in head
    head = part(client.get("/en/results/", secure=True), "head")
    assert '<link rel="canonical" href="https://testserver/en/results/">' in head


def test_a_published_title_shows_at_once_in_the_navigation_of_every_page(client):
    for url in (SEEDED_URLS["home"]["fr"], SEEDED_URLS["contact"]["fr"]):
        warm(client, url)
    partners = PartnerIndexPage.objects.get()
    partners.title_fr = "Nos partenaires et réseaux"
    partners.save_revision().publish()

    for url in (SEEDED_URLS["home"]["fr"], SEEDED_URLS["contact"]["fr"]):
        assert "Nos partenaires et réseaux" in part(client.get(url), "header")


def test_a_published_objective_shows_at_once_on_the_cards_that_list_it(client):
    for key in ("home", "objectives"):
        warm(client, SEEDED_URLS[key]["en"])
    objective = ObjectivePage.objects.get(number=2)
    objective.title_en = "Representing the Region, revised"
    objective.summary_en = "A revised summary."
    objective.save_revision().publish()

    for key in ("home", "objectives"):
        shown = visible_text(client.get(SEEDED_URLS[key]["en"]))
        assert "Representing the Region, revised" in shown
        assert "A revised summary." in shown


def test_a_published_section_shows_at_once_on_the_home_cards(client):
    warm(client, "/en/")
    cell = CellPage.objects.get()
    cell.search_description_en = "The Cell, described anew."
    cell.save_revision().publish()

    assert "The Cell, described anew." in visible_text(client.get("/en/"))


def test_a_published_ancestor_title_shows_at_once_in_the_breadcrumbs(client):
    url = SEEDED_URLS["objective-1"]["en"]
    warm(client, url)
    index = ObjectivePage.objects.get(number=1).get_parent().specific
    index.title_en = "Our four objectives"
    index.save_revision().publish()

    breadcrumbs = re.search(
        r'<nav class="breadcrumbs.*?</nav>', client.get(url).content.decode(), re.S
    )
    assert "Our four objectives" in breadcrumbs.group(0)


def test_the_fallback_notice_follows_a_published_translation_at_once(client):
    url = SEEDED_URLS["objective-1"]["fr"]
    warm(client, url)
    assert "fallback-notice" not in client.get(url).content.decode()
    objective = ObjectivePage.objects.get(number=1)
    objective.summary_fr = ""
    objective.save_revision().publish()

    assert "fallback-notice" in client.get(url).content.decode()


def test_a_draft_never_reaches_the_cached_navigation(client):
    warm(client, "/fr/")
    partners = PartnerIndexPage.objects.get()
    partners.title_fr = "Brouillon seulement"
    partners.save_revision()

    assert "Brouillon seulement" not in client.get("/fr/").content.decode()


def test_a_view_restriction_applies_at_once_to_a_page_kept_with_its_route(client):
    url = SEEDED_URLS["results"]["nl"]
    warm(client, url)
    PageViewRestriction.objects.create(
        page=Page.objects.get(url_path_nl="/home/resultaten/"), restriction_type="login"
    )

    response = client.get(url)
    assert response.status_code == 302
    assert "/login" in response["Location"]


def test_a_slug_change_moves_every_link_to_the_page_at_once(client):
    warm(client, "/fr/cellule/")
    warm(client, "/fr/")
    cell = CellPage.objects.get()
    cell.slug_fr = "cellule-internationale"
    cell.save_revision().publish()

    home_header = part(client.get("/fr/"), "header")
    assert 'href="/fr/cellule-internationale/"' in home_header
    moved = client.get("/fr/cellule-internationale/")
    assert moved.status_code == 200
    # The language switcher and the hreflang links of the page itself.
    assert "next=%2Ffr%2Fcellule-internationale%2F" in part(client.get("/nl/cel/"), "header")
    assert 'hreflang="fr" href="http://testserver/fr/cellule-internationale/"' in part(
        moved, "head"
    )
    assert client.get("/fr/cellule/").status_code == 404


def test_a_partner_edit_shows_at_once_on_every_page_that_shows_it(client):
    objective_url = SEEDED_URLS["objective-1"]["en"]
    partners_url = SEEDED_URLS["partners"]["en"]
    warm(client, objective_url)
    warm(client, partners_url)
    flanders = PartnerOrganisation.objects.get(name_en="Flanders")
    flanders.name_en = "Flemish Region"
    flanders.save()

    assert "Flemish Region" in visible_text(client.get(objective_url))
    assert "Flemish Region" in visible_text(client.get(partners_url))


def test_an_expert_edit_shows_at_once_on_the_contact_page(client):
    url = SEEDED_URLS["contact"]["fr"]
    warm(client, url)
    expert = Expert.objects.first()
    expert.role_fr = "Nouvelle fonction"
    expert.save()

    assert "Nouvelle fonction" in visible_text(client.get(url))


def test_a_site_settings_edit_shows_at_once_in_every_footer_and_header(client):
    for language in LANGUAGES:
        warm(client, SEEDED_URLS["results"][language])
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name_fr = "perspective.brussels (FR)"
    settings.address_fr = "Rue de Namur 59"
    settings.save()

    french = client.get(SEEDED_URLS["results"]["fr"])
    assert "Rue de Namur 59" in part(french, "footer")
    assert "perspective.brussels (FR)" in part(french, "footer")
    assert "perspective.brussels (FR)" in part(french, "header")
    assert "Rue de Namur 59" not in part(client.get(SEEDED_URLS["results"]["en"]), "footer")


def test_a_new_footer_link_shows_at_once(client):
    warm(client, "/en/contact/")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    FooterLink.objects.create(
        settings=settings, label_en="Privacy", url_en="https://example.org/privacy"
    )

    assert 'href="https://example.org/privacy"' in part(client.get("/en/contact/"), "footer")


def test_each_page_keeps_its_own_date_under_the_shared_footer(client):
    dates = {"/en/contact/": "2024-01-15", "/en/results/": "2025-03-20"}
    for url, day in dates.items():
        page = Page.objects.get(url_path_en=f"/home/{url.split('/')[2]}/")
        Page.objects.filter(pk=page.pk).update(last_published_at=f"{day}T10:00:00Z")
    bump_version()

    for url in dates:
        warm(client, url)
    for url, day in dates.items():
        assert f'datetime="{day}T' in part(client.get(url), "footer")


def test_published_rich_text_shows_at_once(client):
    warm(client, "/nl/")
    home = StrategyPage.objects.get()
    home.intro_nl = "<p>Een nieuwe inleiding.</p>"
    home.save_revision().publish()

    assert "Een nieuwe inleiding." in visible_text(client.get("/nl/"))


def test_a_published_body_shows_at_once(client):
    url = SEEDED_URLS["objective-1"]["en"]
    warm(client, url)
    objective = ObjectivePage.objects.get(number=1)
    objective.body_en = [("paragraph", RichText("<p>A new paragraph.</p>"))]
    objective.save_revision().publish()

    assert "A new paragraph." in visible_text(client.get(url))


def test_a_preview_renders_its_own_rich_text_not_the_cached_one(admin_client, superuser, client):
    warm(client, "/en/")
    home = StrategyPage.objects.get()
    form = edit_form(home, superuser)
    data = edit_post_data(
        home,
        superuser,
        intro_en=form.fields["intro_en"].widget.format_value("<p>Only in the preview.</p>"),
    )

    posted = admin_client.post(f"/admin/pages/{home.pk}/edit/preview/", data)
    assert posted.json()["is_valid"]
    preview = admin_client.get(f"/admin/pages/{home.pk}/edit/preview/?mode=en")

    assert "Only in the preview." in visible_text(preview)
    assert "Only in the preview." not in client.get("/en/").content.decode()


def test_the_process_memo_forgets_an_old_version_and_old_values():
    memo = ProcessMemo(max_entries=2, max_age=60)
    memo.set(1, "a", ["value"])
    assert memo.get(1, "a") == ["value"]
    assert memo.get(1, "a") is not memo.get(1, "a")  # each reader gets its own copy
    assert memo.get(2, "a") is None

    memo.set(1, "b", "html")
    memo.set(1, "c", "more html")
    assert memo.get(1, "a") is None  # the oldest entry made room
    assert memo.get(1, "c") == "more html"

    memo.started -= 61
    assert memo.get(1, "c") is None


def test_another_process_reads_a_lookup_as_it_was_built(monkeypatch):
    """A render may annotate the values it reads (the route's page gets its ancestors): what
    reaches the shared cache is the value as built, and another process reads its own copy
    of it from there without building it again."""
    render = SimpleNamespace()
    with site_lookups.collecting_lookups(render):
        built = site_lookups.versioned(render, "test-lookup", lambda: {"items": [1, 2]})
        built["items"].append(3)

    monkeypatch.setattr(site_lookups, "memo", ProcessMemo())  # another process's own copy

    def build_again():
        raise AssertionError("built again instead of read from the shared cache")

    assert site_lookups.versioned(SimpleNamespace(), "test-lookup", build_again) == {
        "items": [1, 2]
    }
