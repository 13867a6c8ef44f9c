"""A real Chromium (Debian's, never Playwright's download) against the seeded site.

The server is pytest-django's `LiveServer` started once per session on a port the OS
hands out (port 0). It is not the `live_server` fixture on purpose: that fixture makes every
test transactional, and the flush after each one would erase the session's seeded tree.
Browser tests only read, so they use the ordinary `db` fixture while the server runs.
"""

import os

import pytest
from django.db import connection
from pytest_django.live_server_helper import LiveServer

from cells.models import CellPage
from tests.factories import add_project
from tests.pages import LANGUAGES

# Playwright's sync API runs an event loop in this thread; Django must still let the
# test code touch the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker):
    # The server's request threads open connections of their own (on PostgreSQL): close
    # them after each request so none outlives the session and blocks dropping the test
    # database.
    connection.settings_dict["CONN_MAX_AGE"] = 0
    with django_db_blocker.unblock():
        server = LiveServer("localhost:0")
    yield server
    server.stop()
    if connection.vendor == "postgresql":
        # Request threads are daemons that the server does not join; end any connection one
        # of them still holds so that pytest-django can drop the test database.
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture(scope="session")
def chromium():
    """One Chromium for the whole session: Playwright's sync API allows one instance per
    thread, so every browser test shares it."""
    from playwright.sync_api import sync_playwright

    # Never skipped: a missing browser is a failure (see .ci/run, which installs it).
    assert os.access(CHROMIUM, os.X_OK), f"{CHROMIUM} is missing: apt-get install chromium"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def browser(site_server, chromium):
    # Depends on the server so that it closes first, with its keep-alive connections.
    return chromium


@pytest.fixture
def open_page(browser, site_server, db):
    """`open_page(path, width=1280, javascript=True)` → a Playwright page at that path."""
    contexts = []

    def open_(path, width=1280, javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        response = page.goto(f"{site_server.url}{path}")
        assert response.status == 200, path
        return page

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def project_page(django_db_setup, django_db_blocker):
    """A project page (editors create these; the seed has none), removed afterwards."""
    with django_db_blocker.unblock():
        project = add_project(
            CellPage.objects.get(),
            "axe",
            **{f"slug_{code}": f"project-axe-{code}" for code in LANGUAGES},
        )
    yield project
    with django_db_blocker.unblock():
        project.delete()
