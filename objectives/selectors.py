"""Queries behind the strategy pages, each a fixed number of SQL queries whatever the content.

The models import these functions, never the other way round: each page hands over its own
querysets (`objective_pages()`, `results_with_objectives()`), so nothing here needs a model
class of this app (tests/test_import_graph.py).
"""

from django.db.models import Exists, OuterRef
from wagtail.models import Page

from partners.models import ContactPageExpert
from strategy_site.caching.page_queries import built_once, live_public
from strategy_site.caching.site_lookups import versioned

from .choices import ResultLevel


def live_objectives(index_page, with_body=True):
    """The objectives under an index page, in page-tree order (the order editors set).

    Lists of cards leave out the bodies (`with_body=False`): one StreamField per language
    and objective, which they never show.
    """
    objectives = live_public(index_page.objective_pages())
    return list(objectives if with_body else objectives.defer_streamfields())


# What the navigation, the home's section cards, the aside and the footer read of a menu
# page (its type finds the contact page): not the rest of the row, every field in every
# language.
MENU_FIELDS = (
    "id",
    "path",
    "depth",
    "title",
    "search_description",
    "url_path",
    "live",
    "content_type",
)


@built_once
def menu_query():
    """The live, public pages shown in menus (`.child_of(root)` narrows it)."""
    # The footer links to the contact page only when an expert there can be reached;
    # asked in the menu's own query so that the footer costs no query of its own.
    reachable = ContactPageExpert.reachable().filter(page_id=OuterRef("pk"))
    pages = live_public(Page.objects.in_menu()).only(*MENU_FIELDS)
    return pages.annotate(has_reachable_experts=Exists(reachable))


def menu_pages(request, root):
    """The live, public children of the site root that are shown in menus."""
    return versioned(request, f"menu:{root.pk}", lambda: list(menu_query().child_of(root)))


def home_sections(request, home):
    """The home's sections (the menu) and the four objectives (one query), both kept per
    content version."""
    sections = menu_pages(request, home)
    objectives = versioned(
        request,
        f"home-objectives:{home.pk}",
        lambda: list(home.objective_cards()),
    )
    return {"sections": sections, "objectives": objectives}


def results_by_level(results_page):
    """The results in two groups, agency then Region, each with its heading from the page."""
    results = list(results_page.results_with_objectives())
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


def objective_details(objective):
    partner_links = objective.partner_links.all().select_related("partner")
    results = objective.served_results()
    return {
        "partners": [link.partner for link in partner_links],
        "results": [result for result in results if result.page.live],
    }
