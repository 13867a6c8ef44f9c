"""What the templates need to promise contact only where a channel exists."""

from django import template
from django.db.models import Q

register = template.Library()


@register.simple_tag
def experts_reachable(contact_page):
    """Whether an expert shown on the contact page has an e-mail address or phone number."""
    if contact_page is None:
        return False
    known = getattr(contact_page, "has_reachable_experts", None)
    if known is not None:
        return known  # annotated by the menu's query (objectives.selectors.menu_pages)
    from partners.models import ContactPageExpert

    return (
        ContactPageExpert.objects.filter(page_id=contact_page.pk)
        .exclude(Q(expert__email="") & Q(expert__phone=""))
        .exists()
    )
