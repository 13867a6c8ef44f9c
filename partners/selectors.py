"""Queries behind the partner and contact pages, each a fixed number of SQL queries."""

from .models import PartnerLevel, PartnerOrganisation


def partners_by_level():
    """Partners grouped by level, in level order; empty levels are left out."""
    partners = list(PartnerOrganisation.objects.select_related("logo"))
    groups = []
    for level in PartnerLevel:
        members = [partner for partner in partners if partner.level == level.value]
        if members:
            groups.append({"level": level, "partners": members})
    return groups


def experts_on_page(page):
    """The page's experts in editor order; also right for previews of unsaved changes."""
    placements = page.expert_placements.all().select_related("expert", "expert__photo")
    return [placement.expert for placement in placements]
