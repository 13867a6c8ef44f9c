"""Keep the search rows in step with what is published, and with the snippets pages show."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .indexing import index_page, remove_page
from .snippet_pages import listing_pages, live_pages, pages_showing, snippet_links


def reindex_listing_parent(page):
    """A listing page (the objectives index) shows its children's cards: keep its row true."""
    parent = page.get_parent()
    if parent is None or not parent.live:
        return
    # The class answers without loading the specific page (a query on every publish).
    if hasattr(parent.specific_class, "search_listed_objects"):
        index_page(parent)


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    index_page(instance)
    reindex_listing_parent(instance)


@receiver(page_unpublished)
def forget_unpublished_page(sender, instance, **kwargs):
    remove_page(instance)
    reindex_listing_parent(instance)


@receiver(post_delete, sender=Page)
def forget_deleted_page(sender, instance, **kwargs):
    remove_page(instance)


@receiver(post_save)
def reindex_pages_showing_a_saved_snippet(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if sender in snippet_links():
        for page in live_pages(pages_showing(instance)):
            index_page(page)
    for page in listing_pages(instance):
        index_page(page)


@receiver(pre_delete)
def note_pages_showing_a_deleted_snippet(sender, instance, **kwargs):
    # The inline rows pointing to the snippet are gone by post_delete: find the pages now.
    if sender in snippet_links():
        instance._pages_to_reindex = pages_showing(instance)


@receiver(post_delete)
def reindex_pages_that_showed_a_deleted_snippet(sender, instance, **kwargs):
    for page in live_pages(getattr(instance, "_pages_to_reindex", ())):
        index_page(page)
    for page in listing_pages(instance):
        index_page(page)
