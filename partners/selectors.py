"""Queries behind the partner and contact pages, each a fixed number of SQL queries."""

from django.db.models import Case, IntegerField, Value, When

from strategy_site.public.pagination import page_slice

from .models import PartnerLevel, PartnerOrganisation

PARTNERS_PER_PAGE = 48


def ordered_partners():
    """Partners in level order (regional, Belgian, European, international), then by name."""
    level_order = Case(
        *[When(level=level.value, then=Value(rank)) for rank, level in enumerate(PartnerLevel)],
        output_field=IntegerField(),
    )
    return PartnerOrganisation.objects.select_related("logo").order_by(level_order, "name")


def group_by_level(partners):
    """Partners grouped by level, in level order; empty levels are left out."""
    groups = []
    for level in PartnerLevel:
        members = [partner for partner in partners if partner.level == level.value]
        if members:
            groups.append({"level": level, "partners": members})
    return groups


def partners_by_level(request):
    """One page of partners, grouped by level, and the page slice for its navigation."""
    partners = page_slice(ordered_partners(), request, PARTNERS_PER_PAGE)
    return group_by_level(partners.items), partners


def all_partners_by_level():
    return group_by_level(list(ordered_partners()))


def experts_on_page(page):
    """The page's experts in editor order; also right for previews of unsaved changes."""
    placements = page.expert_placements.all().select_related("expert", "expert__photo")
    return [placement.expert for placement in placements]
