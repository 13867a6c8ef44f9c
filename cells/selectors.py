"""Queries behind the Cell page."""

from strategy_site.caching.page_queries import live_public
from strategy_site.public.pagination import page_slice

from .models import ProjectPage


def networks_of(cell_page):
    memberships = cell_page.network_memberships.all().select_related("network")
    return [membership.network for membership in memberships]


PROJECTS_PER_PAGE = 12


def all_live_projects(cell_page):
    """Every published project, in the order editors gave them in the page tree."""
    return list(live_public(ProjectPage.objects.child_of(cell_page)))


def live_projects(cell_page, request):
    """One page of published projects, in the order editors gave them in the page tree,
    without their bodies: the list shows their title and introduction."""
    projects = live_public(ProjectPage.objects.child_of(cell_page)).defer_streamfields()
    return page_slice(projects, request, PROJECTS_PER_PAGE)
