"""A content change bans every page from the edge cache, once it is committed."""

import pytest

from cells.models import CellPage
from strategy_site.caching.content_version import current_version
from tests.factories import PartnerOrganisationFactory
from tests.recording_server import recording_server

pytestmark = pytest.mark.django_db


def ban_pattern(request):
    return request.headers["X-Ban-Pattern"]


@pytest.fixture
def edge(settings):
    """A stand-in for Varnish's ban address, on a free port, recording what it is sent."""
    with recording_server("BAN", ban_pattern) as (location, received):
        settings.EDGE_CACHE_BAN_URLS = [f"{location}/"]
        yield received


def test_a_publish_bans_every_page_in_every_language_after_the_commit(
    edge, django_capture_on_commit_callbacks
):
    cell = CellPage.objects.get()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        cell.save_revision().publish()
        assert edge == []  # nothing before the commit

    version = current_version()
    for callback in callbacks:
        callback()

    assert edge and set(edge) == {"^/(nl|fr|en)/"}
    assert current_version() != version  # pages rendered before the commit are retired


def test_a_snippet_change_bans_the_edge_too(edge, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PartnerOrganisationFactory()

    assert set(edge) == {"^/(nl|fr|en)/"}


def test_an_unreachable_edge_is_logged_and_the_publish_goes_on(
    settings, caplog, django_capture_on_commit_callbacks
):
    settings.EDGE_CACHE_BAN_URLS = ["http://127.0.0.1:9/"]
    cell = CellPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        cell.save_revision().publish()

    assert CellPage.objects.get().live
    assert "could not be purged" in caplog.text
