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


def member_of(django_user_model, group_name, username):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "a-long-test-password"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db, django_user_model):
    """A member of the Editors group created by the roles migration."""
    return member_of(django_user_model, "Editors", "editor")


@pytest.fixture
def moderator(db, django_user_model):
    """A member of the Moderators group created by the roles migration."""
    return member_of(django_user_model, "Moderators", "moderator")
