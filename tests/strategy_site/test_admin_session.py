"""Admin logout ends the session on the server; the admin asks no third party for avatars."""

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client

pytestmark = pytest.mark.django_db


def logged_in_client(user):
    client = Client()
    response = client.post(
        "/admin/login/", {"username": user.username, "password": "a-long-test-password"}
    )
    assert response.status_code == 302
    return client, client.cookies[settings.SESSION_COOKIE_NAME].value


def client_with_session(key):
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = key
    return client


def test_get_on_logout_changes_nothing_and_says_nothing(editor):
    client, key = logged_in_client(editor)

    response = client.get("/admin/logout/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 405
    # Not a half logout: the cookie is not deleted while the session lives on.
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert "successfully logged out" not in client.get("/admin/").content.decode()
    assert client.get("/admin/").status_code == 200


def test_logout_by_post_flushes_the_session_so_its_key_no_longer_works(editor):
    client, key = logged_in_client(editor)
    assert client_with_session(key).get("/admin/").status_code == 200

    response = client.post("/admin/logout/")

    assert response.status_code == 302
    assert not SessionStore().exists(key)
    replayed = client_with_session(key).get("/admin/")
    assert replayed.status_code == 302
    assert replayed["Location"].startswith("/admin/login/")


def test_the_admin_shows_no_gravatar(editor):
    client = Client()
    client.force_login(editor)

    page = client.get("/admin/").content.decode()

    assert "gravatar" not in page.lower()
