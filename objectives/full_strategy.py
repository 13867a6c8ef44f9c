"""The whole strategy on one page, per language, for reading in full and printing.

Built from the live pages under the site's home with the same selectors as the pages
themselves: a fixed number of queries whatever the amount of content.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from wagtail.models import Site

from cells.models import CellPage
from cells.selectors import all_live_projects, networks_of
from partners.models import ContactPage, PartnerIndexPage, PartnerOrganisation
from partners.selectors import experts_on_page, group_by_level
from strategy_site.caching.page_queries import live_public
from strategy_site.i18n.localized_urls import url_in_each_language

from .models import ObjectiveIndexPage, ResultsPage, StrategyPage
from .selectors import live_objectives, results_by_level


def strategy_sections(home):
    sections = {type(page): page for page in live_public(home.get_children()).specific()}
    cell = sections.get(CellPage)
    objective_index = sections.get(ObjectiveIndexPage)
    results_page = sections.get(ResultsPage)
    contact = sections.get(ContactPage)
    objectives = live_objectives(objective_index) if objective_index else []
    shown_pages = [home, *sections.values(), *objectives]
    return {
        "home": home,
        "cell": cell,
        "networks": networks_of(cell) if cell else [],
        "projects": all_live_projects(cell) if cell else [],
        "objective_index": objective_index,
        "objectives": objectives,
        "results_page": results_page,
        "result_groups": results_by_level(results_page) if results_page else [],
        "partner_index": sections.get(PartnerIndexPage),
        "partner_groups": (
            group_by_level(list(PartnerOrganisation.objects.in_level_order()))
            if PartnerIndexPage in sections
            else []
        ),
        "contact": contact,
        "experts": experts_on_page(contact) if contact else [],
        "last_updated": max(
            (page.last_published_at for page in shown_pages if page.last_published_at),
            default=None,
        ),
    }


@require_safe
def full_strategy_view(request):
    site = Site.find_for_request(request)
    home = site.root_page.specific if site else None
    if not isinstance(home, StrategyPage) or not home.live:
        raise Http404
    context = strategy_sections(home)
    context.update(
        {
            "language_urls": url_in_each_language("full_strategy"),
            "page_title": gettext("The whole strategy on one page"),
        }
    )
    return TemplateResponse(request, "objectives/full_strategy.html", context)
