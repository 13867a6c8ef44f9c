"""Keep the search rows in step with what is published."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .indexing import index_page, remove_page


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    index_page(instance)


@receiver(page_unpublished)
def forget_unpublished_page(sender, instance, **kwargs):
    remove_page(instance)


@receiver(post_delete, sender=Page)
def forget_deleted_page(sender, instance, **kwargs):
    remove_page(instance)
