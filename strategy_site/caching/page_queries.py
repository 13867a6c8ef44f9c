"""Page querysets that stay one SQL statement.

Wagtail's `.public()` first loads every view restriction in a query of its own, then
filters on their paths. `live_public` does the same filtering inside the page query, as a
subquery: a page is private when it, or any ancestor, carries a view restriction.
"""

import functools

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def live_public(queryset):
    restrictions_above = PageViewRestriction.objects.annotate(
        path_length=Length("page__path")
    ).filter(page__path=Substr(OuterRef("path"), 1, F("path_length")))
    return queryset.live().exclude(Exists(restrictions_above))


# What a link to a page reads: Wagtail's `get_url` builds the URL from `url_path` (each
# language's column, added by wagtail-modeltranslation's `only()`) and the site's root
# paths; `live` says whether to link at all.
LINK_FIELDS = ("id", "url_path", "live")


def with_linked_page(queryset, relation):
    """`queryset` with the page at `relation` joined, reading only what a link to it needs.

    A page row carries every field in every language (about sixty columns): joined in
    full, it costs about as much CPU as the query it is joined to, and a link uses three.
    Every field of the queryset's own model is kept.
    """
    own = [field.name for field in queryset.model._meta.concrete_fields]
    linked = [f"{relation}__{name}" for name in LINK_FIELDS]
    return queryset.select_related(relation).only(*own, *linked)


def built_once(build):
    """The queryset `build()` makes, built once per process; each call returns a copy.

    Building a queryset with subqueries (`live_public`'s restriction check, an `Exists`
    annotation) costs more CPU than compiling and running it: 0.8 of the menu's 1.5 ms
    (bench/render_profile.py, PostgreSQL). A queryset is only a description until it is
    evaluated, so the one kept is never evaluated: every call gets `.all()`, a copy, which
    the caller narrows (`.child_of(root)`, `.filter(...)`) and runs. What `build` makes
    must not depend on the request or the language: wagtail-modeltranslation's `only()`
    selects translated fields in every language, and rows are read in the active one.
    """
    kept = functools.cache(build)

    @functools.wraps(build)
    def copy():
        return kept().all()

    return copy
