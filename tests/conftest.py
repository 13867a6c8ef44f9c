import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The seeded strategy, built once per test session like a fresh `make run`."""
    with django_db_blocker.unblock():
        call_command("load_strategy", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser(
        "editor-in-chief", "chief@example.org", "a-long-test-password"
    )


@pytest.fixture
def admin_client(superuser):
    """A browser session of its own, logged in: the `client` fixture stays anonymous."""
    client = Client()
    client.force_login(superuser)
    return client
