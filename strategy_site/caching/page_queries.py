"""Page querysets that stay one SQL statement.

Wagtail's `.public()` first loads every view restriction in a query of its own, then
filters on their paths. `live_public` does the same filtering inside the page query, as a
subquery: a page is private when it, or any ancestor, carries a view restriction.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def live_public(queryset):
    restrictions_above = PageViewRestriction.objects.annotate(
        path_length=Length("page__path")
    ).filter(page__path=Substr(OuterRef("path"), 1, F("path_length")))
    return queryset.live().exclude(Exists(restrictions_above))
