"""Finds the page for a URL in one query instead of two per path segment.

Wagtail's default routing walks the tree: for /fr/objectifs/cooperation/ it loads each
page on the way and its specific object, then the view restrictions of every ancestor.
Here one query loads the page and all its ancestors by their `url_path` in the active
language (the columns wagtail-modeltranslation maintains), with a flag saying whether any
of them carries a view restriction; a second loads the specific page. The result is kept
per content version (`site_lookups.versioned`): every change to a live page, its place,
its slugs or a view restriction bumps the version. Pages that route their own sub-URLs,
aliases, and anything this cannot resolve go through Wagtail's routing unchanged, and
are not kept.
"""

import hashlib

from django.db.models import Exists, OuterRef
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from .site_lookups import versioned


def _url_path_field():
    return build_localized_fieldname("url_path", get_language())


def resolve(request, path):
    """A RouteResult for the live page at `path`, or None to leave it to Wagtail."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    field = _url_path_field()
    root_path = getattr(site.root_page, field, None)
    if not root_path:
        return None
    digest = hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()
    found = versioned(
        request,
        f"route:{site.pk}:{field}:{digest}",
        lambda: load_route(site, field, root_path, path),
    )
    if found is None:
        return None
    chain, specific = found
    specific.route_chain = chain
    return RouteResult(specific)


def load_route(site, field, root_path, path):
    """(the page and its ancestors, the specific page), or None."""
    components = [component for component in path.split("/") if component]
    url_paths = [root_path] + [
        root_path + "/".join(components[: depth + 1]) + "/" for depth in range(len(components))
    ]
    chain = list(
        Page.objects.filter(**{f"{field}__in": url_paths}, path__startswith=site.root_page.path)
        .annotate(restricted=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk"))))
        .order_by("depth")
    )
    if [getattr(page, field) for page in chain] != url_paths:
        return None
    if any(page.alias_of_id for page in chain):
        return None
    page = chain[-1]
    if not page.live:
        return None
    specific = page.specific
    if type(specific).route is not Page.route:
        return None
    return chain, specific


def serve(request, path):
    """Wagtail's serve view, with the route found by `resolve` when it can."""
    route = resolve(request, path)
    if route is not None:
        # Wagtail memoises the route on the request under this documented attribute
        # (see Page.route_for_request), so its serve view and hooks use ours.
        request._wagtail_route_for_request = route
    return wagtail_serve(request, path)


class RoutedPageMixin:
    """Lets a page resolved by `resolve` skip the restriction query when none applies."""

    def get_view_restrictions(self):
        chain = getattr(self, "route_chain", None)
        if chain is not None and not any(page.restricted for page in chain):
            restrictions = PageViewRestriction.objects.none()
            # Already known to be empty: Wagtail's serve hook iterates it on every request,
            # and evaluating even an empty queryset compiles its SQL. Any further filter
            # or ordering makes a fresh (and still empty) queryset.
            restrictions._result_cache = []
            return restrictions
        return super().get_view_restrictions()

    def breadcrumb_ancestors(self, root):
        """The pages between the site root and this page, root included."""
        chain = getattr(self, "route_chain", None)
        if chain is None:
            chain = list(Page.objects.ancestor_of(self, inclusive=True).order_by("depth"))
        return [page for page in chain if root.depth <= page.depth < self.depth]
