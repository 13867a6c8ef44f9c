"""Which pages' search rows hold a snippet's text.

A page's row includes the searchable fields of the snippets its inline rows point to (an
objective's partners, the contact page's experts, the Cell's networks: see indexing.py).
Those rows must be rewritten when the snippet changes, or a renamed partner would be found
only under its old name until the page is published again.
"""

from functools import cache

from modelcluster.models import get_all_child_relations
from wagtail.models import Page, get_page_models


@cache
def snippet_links():
    """{snippet model: [(inline row model, its foreign key to the snippet, its page key)]}."""
    links = {}
    for page_model in get_page_models():
        for relation in get_all_child_relations(page_model):
            row_model = relation.related_model
            for field in row_model._meta.concrete_fields:
                target = field.related_model if field.is_relation and field.many_to_one else None
                if (
                    target is not None
                    and hasattr(target, "search_fields")
                    and field is not relation.field
                ):
                    entry = (row_model, field.name, relation.field.attname)
                    if entry not in links.setdefault(target, []):
                        links[target].append(entry)
    return links


def pages_showing(instance):
    """Ids of the pages whose inline rows point to this snippet."""
    page_ids = set()
    for row_model, field_name, page_key in snippet_links().get(type(instance), ()):
        rows = row_model.objects.filter(**{field_name: instance.pk})
        page_ids.update(rows.values_list(page_key, flat=True))
    return page_ids


def live_pages(page_ids):
    return Page.objects.live().filter(pk__in=page_ids).specific()


@cache
def listing_page_models(label):
    return tuple(
        model for model in get_page_models() if getattr(model, "search_listed_model", None) == label
    )


def listing_pages(instance):
    """Live pages that list every object of this snippet's model (`search_listed_model`):
    the partners page shows all partners, with no inline row pointing to them."""
    models = listing_page_models(type(instance)._meta.label)
    if not models:
        return []
    return Page.objects.type(*models).live().specific()
