import pytest
from django.utils import translation

from cells.models import CellNetwork, CellPage
from tests.factories import NetworkFactory, PartnerOrganisationFactory, add_project
from tests.pages import LANGUAGES, SEEDED_URLS, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def cell():
    return CellPage.objects.get()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_project_under_the_cell_is_listed_and_renders_in_each_language(client, cell, language):
    partner = PartnerOrganisationFactory()
    project = add_project(cell, 1, cooperating_with_fr="Lille, Lyon")
    project.partner_links.create(partner=partner)
    project.save_revision().publish()

    cell_text = visible_text(client.get(SEEDED_URLS["cell"][language]))
    assert f"Project 1 {language}" in cell_text

    with translation.override(language):
        url = project.get_url()
    assert url == f"{SEEDED_URLS['cell'][language]}project-1-{language}/"
    text = visible_text(client.get(url))
    assert f"Body 1 {language}" in text
    assert getattr(partner, f"name_{language}") in text


def test_the_cell_page_lists_its_networks(client, cell):
    network = NetworkFactory()
    CellNetwork.objects.create(page=cell, network=network)
    cell.save_revision().publish()

    assert network.name_en in visible_text(client.get(SEEDED_URLS["cell"]["en"]))
