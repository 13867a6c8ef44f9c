"""Every model Wagtail registers as visible content bumps the content version when it changes."""

import pytest
from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models

from cells.models import CellPage, ProjectPage
from strategy_site.caching.content_signals import visible_on_save
from strategy_site.caching.content_version import current_version
from tests.factories import add_project

pytestmark = pytest.mark.django_db

# What the site showed stale for an hour when a hand-kept list forgot it.
EXPECTED = [
    "partners.PartnerOrganisation",
    "partners.Expert",
    "cells.Network",
    "strategy_site.SiteSettings",
    "strategy_site.FooterLink",
    "strategy_site.SocialLink",
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "wagtailredirects.Redirect",
    "wagtaildocs.Document",
]


def test_the_registries_give_every_model_a_visitor_sees():
    models = visible_on_save()

    for label in EXPECTED:
        assert apps.get_model(label) in models, label
    assert get_image_model() in models
    # Renditions are made while pages render: they must never invalidate the pages.
    assert get_image_model().get_rendition_model() not in models


@pytest.mark.parametrize("model", sorted(visible_on_save(), key=str), ids=str)
def test_saving_or_deleting_a_registered_model_bumps_the_version(model):
    instance = model.objects.first() or model()
    before = current_version()
    if instance.pk is not None:
        instance.save()  # a real save, where the seed has one
    else:
        post_save.send(sender=model, instance=instance, created=True)
    after_save = current_version()
    post_delete.send(sender=model, instance=instance)

    assert before != after_save != current_version()


def a_new_page_of(model):
    """A page of a type the seed does not use, under the first page that may hold it."""
    if model is ProjectPage:
        return add_project(CellPage.objects.get(), 1)
    parent = next(
        page for page in Page.objects.filter(depth__gt=1).specific() if model.can_create_at(page)
    )
    names = {"title": "Type check", "title_nl": "Type check"}
    slugs = {"slug": "type-check", "slug_nl": "type-check"}
    return parent.add_child(instance=model(**names, **slugs))


@pytest.mark.parametrize(
    "model", [model for model in get_page_models() if model is not Page], ids=str
)
def test_publishing_a_page_of_every_type_bumps_the_version(model):
    page = model.objects.first() or a_new_page_of(model)
    assert isinstance(page, model)
    before = current_version()

    page.save_revision().publish()

    assert current_version() != before
