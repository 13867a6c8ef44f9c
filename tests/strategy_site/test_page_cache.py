"""The full-page cache: what it stores, what it never stores, and that it is never stale."""

import pytest
from wagtail.models import Site

from cells.models import CellNetwork, CellPage
from objectives.models import ObjectivePage, ResultsPage
from partners.models import Expert, PartnerOrganisation
from strategy_site.models import SiteSettings
from tests.admin_forms import edit_post_data
from tests.factories import NetworkFactory, add_project
from tests.pages import LANGUAGES, SEEDED_URLS, visible_text

pytestmark = pytest.mark.django_db


def cached(client, url):
    """Fetch twice: the second answer must come from the cache."""
    client.get(url)
    response = client.get(url)
    assert response["X-Cache"] == "HIT"
    return response


def text(client, url):
    return visible_text(client.get(url))


def test_anonymous_pages_are_served_from_the_cache_with_public_headers(client):
    first = client.get("/fr/")
    second = client.get("/fr/")

    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    cache_control = second["Cache-Control"]
    assert "public" in cache_control
    assert "max-age=" in cache_control
    assert "stale-while-revalidate=" in cache_control
    assert second["ETag"]


def test_a_conditional_get_with_the_current_etag_answers_304(client):
    etag = client.get("/en/results/")["ETag"]

    response = client.get("/en/results/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""


def test_pages_are_cached_per_language_and_query_string(client):
    for language in LANGUAGES:
        cached(client, SEEDED_URLS["home"][language])
    assert client.get("/fr/?page=2")["X-Cache"] == "MISS"
    assert 'lang="fr"' in client.get("/fr/").content.decode()


def test_a_logged_in_editor_is_never_cached_nor_served_the_cache(client, admin_client):
    cached(client, "/fr/")

    response = admin_client.get("/fr/")

    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    # What the editor saw (with the Wagtail user bar) never reaches anonymous visitors.
    admin_client.get("/en/contact/")
    admin_client.logout()
    assert "wagtail-userbar" not in client.get("/en/contact/").content.decode()


def test_admin_responses_are_private_and_never_stored(admin_client):
    response = admin_client.get("/admin/")

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_a_preview_is_never_cached(admin_client, superuser, client):
    cell = CellPage.objects.get()
    cached(client, "/nl/cel/")
    data = edit_post_data(cell, superuser, title_nl="Titel alleen in voorvertoning")

    preview = admin_client.post(f"/admin/pages/{cell.pk}/edit/preview/", data)
    shown = admin_client.get(f"/admin/pages/{cell.pk}/edit/preview/")

    assert preview.status_code == 200
    assert "Titel alleen in voorvertoning" in shown.content.decode()
    assert "no-store" in shown["Cache-Control"]
    assert "Titel alleen in voorvertoning" not in text(client, "/nl/cel/")


def test_a_post_is_never_cached(client):
    cached(client, "/nl/")
    response = client.post("/nl/")
    assert "X-Cache" not in response


# --- Invalidation: each change is visible on the very next request ------------------------


def test_publishing_a_page_refreshes_it_in_every_language(client):
    urls = [SEEDED_URLS["cell"][language] for language in LANGUAGES]
    for url in urls:
        cached(client, url)
    cell = CellPage.objects.get()
    for language in LANGUAGES:
        setattr(cell, f"intro_{language}", f"Nieuwe intro {language}")
    cell.save_revision().publish()

    for language, url in zip(LANGUAGES, urls, strict=True):
        assert f"Nieuwe intro {language}" in text(client, url)


def test_publishing_a_page_refreshes_the_pages_that_list_it(client):
    cached(client, "/en/")
    objective = ObjectivePage.objects.get(number=2)
    objective.title_en = "Representing the Region, revised"
    objective.save_revision().publish()

    assert "Representing the Region, revised" in text(client, "/en/")
    assert "Representing the Region, revised" in text(client, "/en/objectives/")


def test_unpublishing_a_page_removes_it_at_once(client):
    cached(client, "/fr/cellule/")
    cached(client, "/fr/")
    CellPage.objects.get().unpublish()

    assert client.get("/fr/cellule/").status_code == 404
    assert "/fr/cellule/" not in client.get("/fr/").content.decode()


def test_moving_a_page_refreshes_the_order_shown(client):
    cached(client, "/nl/doelstellingen/")
    first = ObjectivePage.objects.get(number=1)
    last = ObjectivePage.objects.get(number=4)
    first.move(last, pos="right")

    listed = text(client, "/nl/doelstellingen/")
    assert listed.index(last.title_nl) < listed.index(first.title_nl)


def test_deleting_a_page_removes_it_from_the_pages_that_listed_it(client):
    project = add_project(CellPage.objects.get(), 7)
    assert "Project 7 fr" in visible_text(cached(client, "/fr/cellule/"))

    project.delete()

    assert "Project 7 fr" not in text(client, "/fr/cellule/")


def test_a_french_slug_change_moves_the_page_at_once(client):
    cached(client, "/fr/cellule/")
    cached(client, "/fr/")
    cell = CellPage.objects.get()
    cell.slug_fr = "cellule-internationale"
    cell.save_revision().publish()

    assert client.get("/fr/cellule-internationale/").status_code == 200
    assert 'href="/fr/cellule-internationale/"' in client.get("/fr/").content.decode()


@pytest.mark.parametrize(
    ("model", "field", "page"),
    [(PartnerOrganisation, "name_fr", "partners"), (Expert, "role_fr", "contact")],
)
def test_a_snippet_change_refreshes_every_page_that_shows_it(client, model, field, page):
    url = SEEDED_URLS[page]["fr"]
    cached(client, url)
    instance = model.objects.first()
    setattr(instance, field, "Nouveau libellé")
    instance.save()

    assert "Nouveau libellé" in text(client, url)


def test_a_partner_rename_refreshes_the_objective_that_names_it(client):
    url = SEEDED_URLS["objective-1"]["en"]
    cached(client, url)
    flanders = PartnerOrganisation.objects.get(name_en="Flanders")
    flanders.name_en = "Flemish Region"
    flanders.save()

    assert "Flemish Region" in text(client, url)


def test_a_network_change_refreshes_the_cell_page(client):
    network = NetworkFactory()
    cell = CellPage.objects.get()
    CellNetwork.objects.create(page=cell, network=network)
    cell.save_revision().publish()
    cached(client, "/en/unit/")
    network.name_en = "Eurocities"
    network.save()

    assert "Eurocities" in text(client, "/en/unit/")


def test_a_site_settings_change_refreshes_every_page(client):
    for language in LANGUAGES:
        cached(client, SEEDED_URLS["contact"][language])
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.address_fr = "Rue de Namur 59, 1000 Bruxelles"
    settings.save()

    assert "Rue de Namur 59" in client.get("/fr/contact/").content.decode()


def test_a_navigation_change_refreshes_every_page(client):
    cached(client, "/en/contact/")
    nav_before = client.get("/en/contact/").content.decode().split('class="service-nav__nav"')[1]
    assert 'href="/en/results/"' in nav_before.split("</nav>")[0]
    results = ResultsPage.objects.get()
    results.show_in_menus = False
    results.save_revision().publish()

    nav = client.get("/en/contact/").content.decode().split('class="service-nav__nav"')[1]
    assert 'href="/en/results/"' not in nav.split("</nav>")[0]


def test_a_deploy_retires_the_pages_rendered_by_the_previous_templates(client):
    from django.core.management.sql import emit_post_migrate_signal

    cached(client, "/nl/")

    # What `manage.py migrate` sends at the end of every deploy.
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")

    assert client.get("/nl/")["X-Cache"] == "MISS"
