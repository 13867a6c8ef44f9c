"""Queries behind the partner and contact pages, each a fixed number of SQL queries.

The models import these functions, never the other way round: what needs a model class is
a model or queryset method (`PartnerOrganisation.objects.in_level_order()`), and the
functions here take its result (tests/test_import_graph.py).
"""

from strategy_site.public.pagination import page_slice

from .choices import PartnerLevel

PARTNERS_PER_PAGE = 48


def group_by_level(partners):
    """Partners grouped by level, in level order; empty levels are left out."""
    groups = []
    for level in PartnerLevel:
        members = [partner for partner in partners if partner.level == level.value]
        if members:
            groups.append({"level": level, "partners": members})
    return groups


def partners_by_level(partners, request):
    """One page of the partners, grouped by level, and the page slice for its navigation."""
    found = page_slice(partners, request, PARTNERS_PER_PAGE)
    return group_by_level(found.items), found


def experts_on_page(page):
    """The page's experts in editor order; also right for previews of unsaved changes."""
    placements = page.expert_placements.all().select_related("expert", "expert__photo")
    return [placement.expert for placement in placements]
