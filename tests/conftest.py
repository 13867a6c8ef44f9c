import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, override_settings

from tests.production import stack


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The seeded strategy, built once per test session like a fresh `make run`."""
    with django_db_blocker.unblock():
        call_command("load_strategy", stdout=io.StringIO())


@pytest.fixture(scope="session", autouse=True)
def media_root_of_the_session(tmp_path_factory):
    """Uploaded images and documents go to this run's own directory, never a shared one."""
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


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


# Throwaway services for the tests that run the site in processes of its own (the
# production stack, two gunicorn processes): a PostgreSQL cluster and a Redis of the
# session's own, on ports the OS hands out, so nothing on the machine is read or flushed.
@pytest.fixture(scope="session")
def throwaway_postgres():
    postgres = stack.ThrowawayPostgres()
    try:
        postgres.start()
        yield postgres
    finally:
        postgres.destroy()


@pytest.fixture(scope="session")
def throwaway_redis():
    redis = stack.ThrowawayRedis()
    try:
        redis.start()
        yield redis
    finally:
        redis.stop()


@pytest.fixture(scope="session")
def seeded_postgres_template(throwaway_postgres, throwaway_redis, tmp_path_factory):
    """A database migrated and seeded once per session, which each user copies
    (`create_database(name, template=...)`) instead of migrating again."""
    name = "strategy_seeded"
    throwaway_postgres.create_database(name)
    env = stack.production_env(
        throwaway_postgres.url(name),
        throwaway_redis.url(db=15),
        tmp_path_factory.mktemp("seeded-media"),
    )
    stack.manage(env, "migrate", "--noinput")
    stack.manage(env, "load_strategy")
    return name
