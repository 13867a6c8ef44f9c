"""The strategy at a glance: the strategy, the Cell that carries it out, the objectives with
the results and partners each is linked to, and where the results at agency and Region
level and the partners are listed.

Only links the content holds are drawn: a result counts for an objective when an editor
linked them, a partner when it is on the objective's page. The counts are read in one
query, kept per content version.
"""

from django import template
from django.db.models import Count, Q

from cells.models import CellPage
from objectives.models import ObjectivePage, ResultLevel, ResultsPage
from partners.models import PartnerIndexPage
from strategy_site.caching.page_queries import built_once
from strategy_site.caching.site_lookups import versioned
from strategy_site.templatetags.navigation_tags import first_of_type

register = template.Library()


@built_once
def link_counts_query():
    """(id, agency, region, partners) of objectives (`.filter(pk__in=...)` narrows it)."""
    live_results = Q(results__page__live=True)
    return ObjectivePage.objects.annotate(
        agency=Count(
            "results", filter=live_results & Q(results__level=ResultLevel.AGENCY), distinct=True
        ),
        region=Count(
            "results", filter=live_results & Q(results__level=ResultLevel.REGION), distinct=True
        ),
        partners=Count("partner_links", distinct=True),
    ).values_list("pk", "agency", "region", "partners")


def link_counts(objective_ids):
    """{objective id: {"agency": n, "region": n, "partners": n}}: the live results of each
    level that name the objective, and the partners on its page."""
    rows = link_counts_query().filter(pk__in=objective_ids)
    return {pk: {"agency": a, "region": r, "partners": p} for pk, a, r, p in rows}


@register.inclusion_tag("components/strategy_glance.html", takes_context=True)
def strategy_at_a_glance(context, home, heading_level=2):
    """Usage: `{% strategy_at_a_glance page %}` on the home page (with `objectives` and
    `sections` in the context, as StrategyPage.get_context gives them), or
    `{% strategy_at_a_glance home %}` on the full-strategy page."""
    request = context.get("request")
    objectives = context.get("objectives") or []
    sections = context.get("sections") or []
    ids = [objective.pk for objective in objectives]
    key = f"strategy-glance:{home.pk}:{','.join(map(str, ids))}"
    counts = versioned(request, key, lambda: link_counts(ids)) if ids else {}
    empty = {"agency": 0, "region": 0, "partners": 0}
    nodes = [{"objective": o, **counts.get(o.pk, empty)} for o in objectives]
    return {
        "request": request,
        "home": home,
        "heading_level": heading_level,
        # The full-strategy view has these pages in its context; the home finds them among
        # its sections (the menu).
        "cell": context.get("cell") or first_of_type(sections, CellPage),
        "results_page": context.get("results_page") or first_of_type(sections, ResultsPage),
        "partner_index": context.get("partner_index") or first_of_type(sections, PartnerIndexPage),
        "objective_nodes": nodes,
        "objectives_heading": getattr(home, "objectives_heading", ""),
        "levels": ResultLevel,
    }
