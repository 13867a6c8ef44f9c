"""Queries behind the Cell page.

The models import these functions, never the other way round: the Cell page hands over its
own projects (`CellPage.project_pages()`), so nothing here needs a model class
(tests/test_import_graph.py).
"""

from strategy_site.caching.page_queries import live_public
from strategy_site.public.pagination import page_slice


def networks_of(cell_page):
    memberships = cell_page.network_memberships.all().select_related("network")
    return [membership.network for membership in memberships]


PROJECTS_PER_PAGE = 12


def all_live_projects(cell_page):
    """Every published project, in the order editors gave them in the page tree."""
    return list(live_public(cell_page.project_pages()))


def live_projects(cell_page, request):
    """One page of published projects, in the order editors gave them in the page tree,
    without their bodies: the list shows their title and introduction."""
    projects = live_public(cell_page.project_pages()).defer_streamfields()
    return page_slice(projects, request, PROJECTS_PER_PAGE)
