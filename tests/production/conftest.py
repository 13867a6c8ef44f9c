import urllib.parse

import pytest

from . import stack


@pytest.fixture(scope="session")
def production_stack(
    tmp_path_factory, throwaway_postgres, throwaway_redis, seeded_postgres_template
):
    """gunicorn with the production settings over a seeded throwaway PostgreSQL and Redis."""
    workdir = tmp_path_factory.mktemp("production")
    postgres, redis = throwaway_postgres, throwaway_redis
    postgres.create_database("strategy", template=seeded_postgres_template)
    env = stack.production_env(postgres.url(), redis.url(), workdir / "media")
    # STATIC_ROOT is the checkout's var/static: a run of its own writes it under workdir.
    env["STATIC_ROOT"] = str(workdir / "static")
    stack.manage(env, "collectstatic", "--noinput")
    gunicorn = stack.Gunicorn(env, workdir / "gunicorn.log")
    try:
        gunicorn.start()
        yield Stack(postgres, redis, gunicorn, env, workdir)
    finally:
        gunicorn.stop()


class Stack:
    def __init__(self, postgres, redis, gunicorn, env, workdir):
        self.postgres, self.redis, self.gunicorn = postgres, redis, gunicorn
        self.env, self.workdir = env, workdir

    def get(self, target, **kwargs):
        return stack.request(self.gunicorn.port, target, **kwargs)

    def raw(self, data):
        return stack.send_raw(self.gunicorn.port, data)


class Editor:
    username = "production-editor"
    password = "a-production-test-password"  # noqa: S105

    def form(self, csrf_token):
        return urllib.parse.urlencode(
            {"username": self.username, "password": self.password,
             "csrfmiddlewaretoken": csrf_token}
        )  # fmt: skip


@pytest.fixture(scope="session")
def production_editor(production_stack):
    editor = Editor()
    env = {**production_stack.env, "DJANGO_SUPERUSER_PASSWORD": editor.password}
    stack.manage(env, "createsuperuser", "--noinput", "--username", editor.username,
                 "--email", "editor@example.org")  # fmt: skip
    return editor
