"""Queries behind the strategy pages, each a fixed number of SQL queries whatever the content."""

from django.db.models import Prefetch

from strategy_site.page_queries import built_once, live_public, with_linked_page
from strategy_site.site_lookups import menu_pages, versioned

from .models import ObjectivePage, Result, ResultLevel


def live_objectives(index_page, with_body=True):
    """The objectives under an index page, in page-tree order (the order editors set).

    Lists of cards leave out the bodies (`with_body=False`): one StreamField per language
    and objective, which they never show.
    """
    objectives = live_public(ObjectivePage.objects.child_of(index_page))
    return list(objectives if with_body else objectives.defer_streamfields())


@built_once
def objective_cards_query():
    """Live, public objectives without their bodies, for cards (`.descendant_of(home)`)."""
    return live_public(ObjectivePage.objects.all()).defer_streamfields()


def home_sections(request, home):
    """The home's sections (the menu) and the four objectives (one query), both kept per
    content version."""
    sections = menu_pages(request, home)
    objectives = versioned(
        request,
        f"home-objectives:{home.pk}",
        lambda: list(objective_cards_query().descendant_of(home)),
    )
    return {"sections": sections, "objectives": objectives}


def _live_objectives_prefetch():
    return Prefetch("objectives", queryset=live_public(ObjectivePage.objects.order_by("path")))


def results_by_level(results_page):
    """The results in two groups, agency then Region, each with its heading from the page."""
    results = list(results_page.results.all().prefetch_related(_live_objectives_prefetch()))
    headings = {
        ResultLevel.AGENCY: (results_page.agency_heading, ""),
        ResultLevel.REGION: (results_page.region_heading, results_page.region_intro),
    }
    groups = []
    for level in ResultLevel:
        members = [result for result in results if result.level == level.value]
        if members:
            heading, intro = headings[level]
            groups.append(
                {"level": level.value, "heading": heading, "intro": intro, "results": members}
            )
    return groups


@built_once
def results_query():
    """Results in page order, each with what a link to its results page needs."""
    return with_linked_page(Result.objects.all(), "page").order_by("page", "sort_order")


def objective_details(objective):
    partner_links = objective.partner_links.all().select_related("partner")
    results = results_query().filter(objectives=objective)
    return {
        "partners": [link.partner for link in partner_links],
        "results": [result for result in results if result.page.live],
    }
