"""What bumps the content version: every change a visitor could see.

Pages are public when they are published, so their publish, unpublish, move, slug change
and deletion bump it (draft saves do not). Everything else a visitor sees is public as
soon as it is saved: the models come from Wagtail's registries (snippets, settings, the
image and document models) with redirects, sites and view restrictions, and the inline
children of each (a setting's footer links, say). A new snippet or setting therefore
invalidates the caches without being listed anywhere.
"""

import functools

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from modelcluster.models import get_all_child_relations
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from strategy_site.caching import edge_cache
from strategy_site.caching.content_version import bump_version


@functools.cache
def visible_on_save():
    """The models whose saved state is public at once (no draft/publish step)."""
    models = {
        *get_snippet_models(),
        *settings_registry,
        get_image_model(),
        get_document_model(),
        Redirect,
        Site,
        PageViewRestriction,
    }
    return frozenset(
        models
        | {
            relation.related_model
            for model in models
            for relation in get_all_child_relations(model)
        }
    )


def content_changed(**_signal_kwargs):
    """Bump the version now, and once more with an edge ban when the change is committed.

    The second bump retires any page rendered from the data as it was before the commit
    (by a request that saw the first bump): the edge refills from pages rendered after it.
    """
    bump_version()
    transaction.on_commit(after_commit, robust=True)


def after_commit():
    bump_version()
    edge_cache.ban_every_page()


def bump_if_visible(sender, **kwargs):
    # Connected for every sender: the registries are only complete once Wagtail's hooks
    # have run, after this app is ready.
    if sender in visible_on_save():
        content_changed()


def connect():
    # Deploys run `migrate` before the new code serves (README, Deploy; docker-compose.yml):
    # bumping then retires pages and fragments rendered by the previous templates.
    post_migrate.connect(
        bump_version,
        sender=apps.get_app_config("strategy_site"),
        dispatch_uid="content-version-deploy",
    )
    post_migrate.connect(
        lambda **_kwargs: edge_cache.ban_every_page(),
        sender=apps.get_app_config("strategy_site"),
        weak=False,
        dispatch_uid="edge-cache-deploy",
    )
    page_published.connect(content_changed, dispatch_uid="content-version-published")
    page_unpublished.connect(content_changed, dispatch_uid="content-version-unpublished")
    post_page_move.connect(content_changed, dispatch_uid="content-version-moved")
    page_slug_changed.connect(content_changed, dispatch_uid="content-version-slug")
    post_delete.connect(content_changed, sender=Page, dispatch_uid="content-version-page-deleted")
    post_save.connect(bump_if_visible, dispatch_uid="content-version-saved")
    post_delete.connect(bump_if_visible, dispatch_uid="content-version-deleted")
