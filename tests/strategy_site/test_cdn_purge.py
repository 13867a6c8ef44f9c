"""A publish purges the page from a CDN at its URL in every language."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.signals import page_published, page_unpublished

from cells.models import CellPage
from strategy_site.caching import cdn_purge

pytestmark = pytest.mark.django_db


@pytest.fixture
def purge_server():
    """A real HTTP server on loopback standing in for the CDN's purge endpoint."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (HTTP method name)
            received.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    # Port 0: the OS picks a free one, read back from the bound socket.
    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_address[1]}"
    with override_settings(
        INSTALLED_APPS=[*settings.INSTALLED_APPS, "wagtail.contrib.frontend_cache"],
        WAGTAILFRONTENDCACHE={
            "varnish": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": location,
            }
        },
    ):
        yield received
    server.shutdown()
    server.server_close()


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
