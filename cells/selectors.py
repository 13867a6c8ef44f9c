"""Queries behind the Cell page."""

from strategy_site.page_queries import live_public

from .models import ProjectPage


def networks_of(cell_page):
    memberships = cell_page.network_memberships.all().select_related("network")
    return [membership.network for membership in memberships]


def live_projects(cell_page):
    """Published projects in the order editors gave them in the page tree."""
    return list(live_public(ProjectPage.objects.child_of(cell_page)))
