"""What bumps the content version: every change a visitor could see."""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .content_version import bump_version

# Models whose saved state is public as soon as it is saved (no draft/publish step).
VISIBLE_ON_SAVE = (
    "partners.PartnerOrganisation",
    "partners.Expert",
    "cells.Network",
    "strategy_site.SiteSettings",
    "strategy_site.FooterLink",
    "strategy_site.SocialLink",
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "wagtailredirects.Redirect",
    "site_images.SiteImage",
)


def connect():
    # Deploys run `migrate` before the new code serves (README, Deploy; docker-compose.yml):
    # bumping then retires pages and fragments rendered by the previous templates.
    post_migrate.connect(
        bump_version,
        sender=apps.get_app_config("strategy_site"),
        dispatch_uid="content-version-deploy",
    )
    page_published.connect(bump_version, dispatch_uid="content-version-published")
    page_unpublished.connect(bump_version, dispatch_uid="content-version-unpublished")
    post_page_move.connect(bump_version, dispatch_uid="content-version-moved")
    page_slug_changed.connect(bump_version, dispatch_uid="content-version-slug")
    post_delete.connect(bump_version, sender=Page, dispatch_uid="content-version-page-deleted")
    for label in VISIBLE_ON_SAVE:
        for signal in (post_save, post_delete):
            uid = f"content-version-{label}-{id(signal)}"
            signal.connect(bump_version, sender=label, dispatch_uid=uid)
