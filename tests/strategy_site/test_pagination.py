import pytest

from cells.models import CellPage
from cells.selectors import PROJECTS_PER_PAGE
from tests.factories import PartnerOrganisationFactory, add_project
from tests.pages import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_projects():
    cell = CellPage.objects.get()
    return [add_project(cell, number) for number in range(PROJECTS_PER_PAGE + 2)]


def test_projects_are_listed_a_page_at_a_time_with_a_link_to_the_next(client, many_projects):
    first = client.get("/en/unit/").content.decode()
    second = client.get("/en/unit/?page=2").content.decode()

    assert first.count("Project ") >= PROJECTS_PER_PAGE
    assert 'href="?page=2" rel="next"' in first
    assert f"Project {PROJECTS_PER_PAGE + 1} en" in visible_text(client.get("/en/unit/?page=2"))
    assert 'href="?page=1" rel="prev"' in second


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "1.5", "", "%00"])
def test_a_malformed_or_out_of_range_page_number_never_fails(client, many_projects, page):
    response = client.get(f"/fr/cellule/?page={page}")
    assert response.status_code == 200


def test_partners_beyond_one_page_are_paginated(client):
    PartnerOrganisationFactory.create_batch(60)

    first = client.get("/fr/partenaires/").content.decode()
    second = client.get("/fr/partenaires/?page=2").content.decode()

    assert 'href="?page=2" rel="next"' in first
    assert 'href="?page=1" rel="prev"' in second
    assert "Partner" in visible_text(client.get("/fr/partenaires/?page=2"))
