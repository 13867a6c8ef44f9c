"""Admin login throttling, password strength and a password reset that reveals nothing."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError

LOGIN_URL = "/admin/login/"


def fail_login(client, username, address="198.51.100.7"):
    return client.post(
        LOGIN_URL, {"username": username, "password": "wrong-password-123"}, REMOTE_ADDR=address
    )


def log_in(client, user, **headers):
    return client.post(
        LOGIN_URL, {"username": user.username, "password": "a-long-test-password"}, **headers
    )


@pytest.mark.django_db
def test_a_stranger_cannot_lock_out_a_known_account_with_a_handful_of_tries(client, superuser):
    for attempt in range(10):
        fail_login(client, superuser.username, address=f"198.51.100.{attempt + 1}")

    assert log_in(client, superuser, REMOTE_ADDR="198.51.100.99").status_code == 302


@pytest.mark.django_db
def test_many_failures_for_one_account_from_many_addresses_lock_it_with_a_clear_message(
    client, superuser
):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        # One try per address: the account, not the address, is what is locked.
        fail_login(client, superuser.username, address=f"198.51.100.{attempt + 1}")

    response = log_in(client, superuser, REMOTE_ADDR="198.51.100.250", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 429
    assert "Too many login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_lock_out_page_speaks_the_visitors_language(client, superuser):
    for attempt in range(settings.LOGIN_FAILURES_PER_ADDRESS):
        fail_login(client, f"someone-{attempt}", address="203.0.113.9")

    response = log_in(client, superuser, REMOTE_ADDR="203.0.113.9", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 429
    assert "Trop de tentatives de connexion" in response.content.decode()


@pytest.mark.django_db
def test_repeated_failures_from_one_address_lock_that_address(client, superuser):
    for attempt in range(settings.LOGIN_FAILURES_PER_ADDRESS):
        fail_login(client, f"someone-{attempt}", address="203.0.113.9")

    locked = client.post(
        LOGIN_URL,
        {"username": superuser.username, "password": "a-long-test-password"},
        REMOTE_ADDR="203.0.113.9",
    )
    elsewhere = client.post(
        LOGIN_URL,
        {"username": superuser.username, "password": "a-long-test-password"},
        REMOTE_ADDR="203.0.113.10",
    )

    assert locked.status_code == 429
    assert elsewhere.status_code == 302  # the right password from another address


@pytest.mark.django_db
def test_a_few_failures_do_not_lock_anyone_out(client, superuser):
    for _ in range(3):
        fail_login(client, superuser.username)

    response = client.post(
        LOGIN_URL,
        {"username": superuser.username, "password": "a-long-test-password"},
        REMOTE_ADDR="198.51.100.7",
    )

    assert response.status_code == 302


@pytest.mark.parametrize(
    "password",
    ["Short1pass!", "123456789012345", "password1234", "qwertyqwerty"],
    ids=["eleven-characters", "all-digits", "common", "common-keyboard-walk"],
)
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_uncommon_password_is_accepted():
    validate_password("Grote Markt tram 92 at dawn")


def without_csrf_token(content):
    content = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", content)
    return re.sub(rb'"CSRF_TOKEN": "[^"]*"', b"", content)


@pytest.mark.django_db
def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client, superuser):
    known = client.post("/admin/password_reset/", {"email": superuser.email}, follow=True)
    sent_for_known = len(mail.outbox)
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"}, follow=True)

    assert known.status_code == unknown.status_code == 200
    assert known.redirect_chain == unknown.redirect_chain
    assert without_csrf_token(known.content) == without_csrf_token(unknown.content)
    assert sent_for_known == 1
    assert len(mail.outbox) == 1  # nothing sent for the unknown address


@pytest.mark.django_db
def test_behind_a_proxy_the_address_the_proxy_appended_is_throttled(client, superuser, settings):
    settings.PROXY_COUNT = 1
    for attempt in range(settings.LOGIN_FAILURES_PER_ADDRESS):
        # What a client writes to the left of X-Forwarded-For changes nothing.
        client.post(
            LOGIN_URL,
            {"username": f"someone-{attempt}", "password": "wrong-password-123"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}, 203.0.113.9",
        )

    locked = log_in(
        client, superuser, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.77, 203.0.113.9"
    )
    # The same proxy, another client: the proxy's own address is not what is counted.
    elsewhere = log_in(
        client, superuser, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.10"
    )

    assert locked.status_code == 429
    assert elsewhere.status_code == 302


@pytest.mark.parametrize(
    ("proxy_count", "forwarded_for", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.2"),
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        (2, "198.51.100.1, 203.0.113.9, 10.1.1.1", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.2"),  # fewer entries than proxies: the connection's
        (1, "not-an-address", "10.0.0.2"),
    ],
)
def test_the_client_address_is_the_proxy_count_th_forwarded_entry_from_the_right(
    rf, settings, proxy_count, forwarded_for, expected
):
    from strategy_site.ops.login_throttling import client_ip_address

    settings.PROXY_COUNT = proxy_count
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded_for)

    assert client_ip_address(request) == expected
