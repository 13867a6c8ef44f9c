"""Redirects from every old URL of a page, in every language, when a slug changes or it moves.

Wagtail creates redirects on a slug change or a move (wagtail.contrib.redirects), but it
only sees the URL in the active language: changing the French slug while the admin is in
Dutch would leave the old French URL dead. Here each save of a live page compares its
`url_path_nl`, `url_path_fr`, `url_path_en` with the stored ones, and Wagtail's own
`create_redirects` runs once per language that changed, with that language active, for the
page and its descendants. WAGTAILREDIRECTS_AUTO_CREATE is off so Wagtail's handlers stay out.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects.signal_handlers import create_redirects
from wagtail.models import Page, Site

from strategy_site.i18n.translated_fields import content_languages


def _url_path_fields():
    return {code: build_localized_fieldname("url_path", code) for code in content_languages()}


def remember_url_paths(sender, instance, update_fields=None, **kwargs):
    """Before a live page is saved, note the URL paths visitors can reach it at."""
    if not isinstance(instance, Page) or instance.pk is None or update_fields is not None:
        return
    fields = _url_path_fields()
    stored = Page.objects.filter(pk=instance.pk, live=True).values(*fields.values()).first()
    instance._url_paths_before = stored


def redirect_changed_url_paths(sender, instance, update_fields=None, **kwargs):
    before = getattr(instance, "_url_paths_before", None)
    if not isinstance(instance, Page) or not before:
        return
    instance._url_paths_before = None
    changed = {
        code: before[field]
        for code, field in _url_path_fields().items()
        if before[field] != getattr(instance, field)
    }
    if changed:
        # After the commit: descendants' URL paths are updated after the page's own save.
        transaction.on_commit(partial(create_redirects_for_languages, instance.pk, changed))


def create_redirects_for_languages(page_id, old_url_paths):
    """`old_url_paths`: {language: the page's url_path in that language before the change}."""
    page = Page.objects.get(pk=page_id).specific
    for language, old_url_path in old_url_paths.items():
        with translation.override(language):
            page_old = type(page)()
            page_old.__dict__.update(page.__dict__)
            setattr(page_old, build_localized_fieldname("url_path", language), old_url_path)
            # The sites whose root holds the old URL path (Site.get_site_root_paths is public;
            # the root's path is the same in every language: its slug is "home" in each).
            sites = Site.objects.filter(
                id__in=[
                    root.site_id
                    for root in Site.get_site_root_paths()
                    if old_url_path.startswith(root.root_path)
                ]
            ).exclude(root_page=page)
            create_redirects(page=page, page_old=page_old, sites=sites)


def connect():
    pre_save.connect(remember_url_paths, dispatch_uid="page_redirects_remember")
    post_save.connect(redirect_changed_url_paths, dispatch_uid="page_redirects_create")
