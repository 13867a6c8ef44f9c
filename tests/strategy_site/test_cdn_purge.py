"""A publish purges the page from a CDN at its URL in every language."""

import contextlib

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.signals import page_published, page_unpublished

from cells.models import CellPage
from strategy_site.caching import cdn_purge
from tests.recording_server import recording_server

pytestmark = pytest.mark.django_db


def host_and_path(request):
    return request.headers["Host"], request.path


@pytest.fixture
def purge_server():
    """A real HTTP server on loopback standing in for the CDN's purge endpoint."""
    with contextlib.ExitStack() as stack:
        location, received = stack.enter_context(recording_server("PURGE", host_and_path))
        stack.enter_context(
            override_settings(
                INSTALLED_APPS=[*settings.INSTALLED_APPS, "wagtail.contrib.frontend_cache"],
                WAGTAILFRONTENDCACHE={
                    "varnish": {
                        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                        "LOCATION": location,
                    }
                },
            )
        )
        yield received


def test_publishing_purges_the_page_at_its_url_in_each_language(purge_server):
    cdn_purge.connect()
    cell = CellPage.objects.get()
    try:
        cell.save_revision().publish()
    finally:
        page_published.disconnect(dispatch_uid="cdn-purge-published")
        page_unpublished.disconnect(dispatch_uid="cdn-purge-unpublished")

    paths = {path for _host, path in purge_server}
    assert {"/nl/cel/", "/fr/cellule/", "/en/unit/"} <= paths
