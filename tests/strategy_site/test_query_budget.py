"""Every public page runs a fixed, small number of queries, whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cells.models import CellPage, ProjectPage
from objectives.models import ObjectivePage, Result, ResultLevel, ResultsPage
from partners.models import ContactPage, ContactPageExpert
from strategy_site.caching.content_version import bump_version
from tests.factories import ExpertFactory, PartnerOrganisationFactory, add_project
from tests.pages import LANGUAGES, SEEDED_URLS

pytestmark = pytest.mark.django_db

# Wagtail's own site lookup (the site and its root page, 2 queries on every uncached
# request) replaced a cached copy of its site matching: the budget is 10, as the site's
# performance targets state.
QUERY_BUDGET = 10


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def cold_queries(client, url):
    """Queries for `url` right after a publish: the page and every lookup it uses are stale."""
    client.get(url)  # per-process warm-up (content types, Wagtail's per-language root paths)
    bump_version()
    return queries_for(client, url)


def project_url(language):
    project = add_project(CellPage.objects.get(), 1)
    project.partner_links.create(partner=PartnerOrganisationFactory())
    project.save_revision().publish()
    with translation.override(language):
        return project.get_url()


SEARCH_URLS = {
    "nl": "/nl/zoeken/?q=samenwerking",
    "fr": "/fr/recherche/?q=cooperation",
    "en": "/en/search/?q=networks",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", [*sorted(SEEDED_URLS), "project", "search"])
def test_every_public_page_stays_within_the_query_budget_cold_and_runs_none_warm(
    client, key, language
):
    if key == "project":
        url = project_url(language)
    elif key == "search":
        url = SEARCH_URLS[language]
    else:
        url = SEEDED_URLS[key][language]

    assert cold_queries(client, url) <= QUERY_BUDGET
    assert queries_for(client, url) == 0


FULL_STRATEGY = {"nl": "/nl/volledige-strategie/", "en": "/en/full-strategy/"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_one_page_strategy_runs_a_fixed_number_of_queries(client, language):
    """It gathers every section, so it has a budget of its own; cached, it runs none."""
    url = FULL_STRATEGY[language]
    add_partners(3)
    with_few = cold_queries(client, url)
    add_partners(30)
    add_projects(5)

    assert cold_queries(client, url) == with_few <= 24
    assert queries_for(client, url) == 0


def add_partners(count):
    PartnerOrganisationFactory.create_batch(count)


def add_experts(count):
    page = ContactPage.objects.get()
    for expert in ExpertFactory.create_batch(count):
        ContactPageExpert.objects.create(page=page, expert=expert)
    page.save_revision().publish()


def add_projects(count):
    cell = CellPage.objects.get()
    first = ProjectPage.objects.count()
    for number in range(first, first + count):
        add_project(cell, 100 + number)


def add_results(count):
    page = ResultsPage.objects.get()
    objectives = list(ObjectivePage.objects.all())
    for number in range(count):
        result = Result.objects.create(
            page=page, level=ResultLevel.AGENCY, text_nl=f"Resultaat {number}"
        )
        result.objectives.set(objectives)
    page.save_revision().publish()


GROWTH = [
    ("partners", add_partners, 5, 100),
    ("contact", add_experts, 5, 50),
    ("cell", add_projects, 2, 10),
    ("results", add_results, 5, 30),
    ("objective-1", add_results, 5, 30),
]


@pytest.mark.parametrize(("key", "add", "few", "many"), GROWTH)
def test_query_count_does_not_grow_with_the_amount_of_content(client, key, add, few, many):
    url = SEEDED_URLS[key]["en"]
    add(few)
    with_few = cold_queries(client, url)

    add(many - few)
    with_many = cold_queries(client, url)

    assert with_many == with_few
