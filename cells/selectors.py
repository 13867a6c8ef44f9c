"""Queries behind the Cell page."""

from .models import ProjectPage


def networks_of(cell_page):
    memberships = cell_page.network_memberships.all().select_related("network")
    return [membership.network for membership in memberships]


def live_projects(cell_page):
    """Published projects in the order editors gave them in the page tree."""
    return list(ProjectPage.objects.child_of(cell_page).live().public())
