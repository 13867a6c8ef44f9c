"""`make run`'s local admin account: printed with the address the server really uses."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True)
def test_the_sign_in_hint_names_the_chosen_address_and_the_password_works(monkeypatch):
    monkeypatch.setenv("DEV_ADMIN_PASSWORD", "a-local-password-123")
    out = io.StringIO()

    call_command("ensure_dev_admin", address="0.0.0.0:8123", stdout=out)

    assert "http://0.0.0.0:8123/admin/" in out.getvalue()
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    assert user.check_password("a-local-password-123")


@override_settings(DEBUG=True)
def test_a_second_run_keeps_the_password_and_does_not_print_one(monkeypatch):
    monkeypatch.delenv("DEV_ADMIN_PASSWORD", raising=False)
    first = io.StringIO()
    call_command("ensure_dev_admin", stdout=first)
    password = first.getvalue().split("password '", 1)[1].split("'", 1)[0]
    second = io.StringIO()

    call_command("ensure_dev_admin", stdout=second)

    assert get_user_model().objects.get(username="admin").check_password(password)
    assert password not in second.getvalue()
    assert "http://127.0.0.1:8000/admin/" in second.getvalue()


@override_settings(DEBUG=True)
def test_dev_admin_password_replaces_an_existing_one(monkeypatch):
    monkeypatch.delenv("DEV_ADMIN_PASSWORD", raising=False)
    call_command("ensure_dev_admin", stdout=io.StringIO())
    monkeypatch.setenv("DEV_ADMIN_USERNAME", "admin")
    monkeypatch.setenv("DEV_ADMIN_PASSWORD", "another-local-password-456")

    call_command("ensure_dev_admin", stdout=io.StringIO())

    assert (
        get_user_model().objects.get(username="admin").check_password("another-local-password-456")
    )


def test_it_refuses_to_run_outside_development_settings():
    with pytest.raises(CommandError, match="development settings"):
        call_command("ensure_dev_admin", stdout=io.StringIO())
