import uuid

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import set_script_prefix

from tests import seeded_database
from tests.factories import member_of
from tests.production import stack


def pytest_configure(config):
    # One id for the whole run, handed by xdist to every worker: names the run's databases.
    if not hasattr(config, "workerinput") and getattr(config.option, "testrunuid", None) is None:
        config.option.testrunuid = uuid.uuid4().hex


# Marked from the fixtures a test uses, so a new test is classified without remembering to:
# `-m "not browser and not services"` is `make test-quick`. Each kind runs in one xdist
# group, so a run starts one Chromium and one set of throwaway services, not one per worker.
SERVICE_FIXTURES = {"throwaway_postgres", "throwaway_redis"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & SERVICE_FIXTURES:
            item.add_marker(pytest.mark.services)
            item.add_marker(pytest.mark.xdist_group("services"))
        if "chromium" in fixtures or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser"))
        if "live_server" in fixtures:
            # pytest-django's live_server makes its test transactional: the flush after it
            # empties the seeded site for every later test in the process.
            raise pytest.UsageError(
                f"{item.nodeid}: use tests/browser's site_server, not pytest-django's "
                "live_server, which flushes the seeded database after the test"
            )


def pytest_sessionfinish(session):
    if not hasattr(session.config, "workerinput"):
        seeded_database.drop_template(session.config)


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, tmp_path_factory):
    """The seeded strategy (as after a fresh `make run`): this process's own copy of the
    run's template database (tests/seeded_database.py)."""
    with django_db_blocker.unblock():
        original_name = seeded_database.set_up(tmp_path_factory, request.config)
    yield
    with django_db_blocker.unblock():
        seeded_database.tear_down(original_name)


@pytest.fixture(scope="session", autouse=True)
def media_root_of_the_session(tmp_path_factory):
    """Uploaded images and documents go to this run's own directory, never a shared one."""
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture(autouse=True)
def root_script_prefix():
    """Django's WSGI handler sets the thread's script prefix from each request's SCRIPT_NAME
    and leaves it there: after a test that calls the WSGI application with a SCRIPT_NAME,
    every URL reversed later in this process would start with it (/nl/sitemap.xml)."""
    yield
    set_script_prefix("/")


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
