"""Finds the page for a URL in one query, through Wagtail's documented `Page.route()` hook.

Wagtail's default routing walks the tree from the site's root page: one query for each
child on the way and one for its specific object, then two for the view restrictions of
the page and its ancestors. The site's root page type (the home page) overrides `route()`:
one query loads the page and all its ancestors by their `url_path` in the active language
(the columns wagtail-modeltranslation maintains), each with a flag saying whether it
carries a view restriction; a second loads the specific page. Measured on the seeded site,
a cold render of an objective page runs 16 queries through the walk, above the budget of
10 (tests/strategy_site/test_query_budget.py). The route is kept per content version: any
change to a live page, its place, its slugs or a view restriction bumps the version. Pages
that route their own sub-URLs, aliases and anything this cannot resolve fall back to
Wagtail's walk, and are not kept.
"""

import hashlib

from django.apps import apps
from django.db.models import Exists, OuterRef
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult

from strategy_site.caching.page_queries import built_once
from strategy_site.caching.site_lookups import versioned

# What the route reads of the pages on the way, and the breadcrumbs (title and link) of the
# ancestors: not the rest of each page row, every field in every language. The page itself
# is loaded whole, as its specific type.
CHAIN_FIELDS = ("id", "path", "depth", "title", "url_path", "live", "alias_of", "content_type")


@built_once
def chain_query():
    """Pages in tree order, each flagged when it carries a view restriction."""
    restricted = Exists(PageViewRestriction.objects.filter(page=OuterRef("pk")))
    return Page.objects.annotate(restricted=restricted).only(*CHAIN_FIELDS).order_by("depth")


def load_route(root, field, path_components):
    """(the page and its ancestors up to `root`, the specific page), or None."""
    root_path = getattr(root, field, None)
    if not root_path:
        return None
    url_paths = [root_path] + [
        root_path + "/".join(path_components[: depth + 1]) + "/"
        for depth in range(len(path_components))
    ]
    chain = list(chain_query().filter(**{f"{field}__in": url_paths}, path__startswith=root.path))
    if [getattr(page, field) for page in chain] != url_paths:
        return None
    if any(page.alias_of_id for page in chain) or not chain[-1].live:
        return None
    specific = root if len(chain) == 1 else chain[-1].specific
    if isinstance(specific, RoutablePageMixin):
        return None  # it routes its own sub-URLs
    return chain, specific


class OneQueryRoutingMixin:
    """For the page type at the root of the site: finds any page below it in one query.

    wagtail-modeltranslation assigns its own `route` to every translated page model when
    the apps are ready (to route by translated slugs), over any the class defines; so
    `attach()` puts this one back afterwards (StrategySiteConfig.ready). Whatever this
    cannot resolve goes to that translated walk through `super()`.
    """

    @classmethod
    def attach(cls):
        for model in apps.get_models():
            if issubclass(model, cls):
                model.route = cls.route

    def route(self, request, path_components):
        field = build_localized_fieldname("url_path", get_language())
        digest = hashlib.md5("/".join(path_components).encode(), usedforsecurity=False)
        found = versioned(
            request,
            f"route:{self.pk}:{field}:{digest.hexdigest()}",
            lambda: load_route(self, field, path_components),
        )
        if found is None:
            return super().route(request, path_components)
        chain, specific = found
        specific.route_chain = chain
        return RouteResult(specific)


class RoutedPageMixin:
    """Lets a page found by `OneQueryRoutingMixin` skip the restriction queries when none
    applies: the route already says whether the page or an ancestor is restricted."""

    def get_view_restrictions(self):
        chain = getattr(self, "route_chain", None)
        if chain is not None and not any(page.restricted for page in chain):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def breadcrumb_ancestors(self, root):
        """The pages between the site root and this page, root included."""
        chain = getattr(self, "route_chain", None)
        if chain is None:
            chain = list(Page.objects.ancestor_of(self, inclusive=True).order_by("depth"))
        return [page for page in chain if root.depth <= page.depth < self.depth]
