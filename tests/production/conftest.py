import re
import urllib.parse
from http.cookies import SimpleCookie

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

    def post_login(self, username, password, forwarded_for):
        """The admin's login form, filled in and posted as a browser behind the proxy does.

        Returns the answer and the CSRF cookie the login page set.
        """
        login_page = self.get("/admin/login/")
        csrf_cookie = SimpleCookie(login_page.headers["Set-Cookie"])["csrftoken"]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page.text)
        body = urllib.parse.urlencode(
            {"username": username, "password": password, "csrfmiddlewaretoken": token.group(1)}
        )
        answer = self.get(
            "/admin/login/",
            method="POST",
            headers={
                "Cookie": f"csrftoken={csrf_cookie.value}",
                "Referer": f"https://{stack.HOST}/admin/login/",
                "Origin": f"https://{stack.HOST}",
                "Content-Type": "application/x-www-form-urlencoded",
                "Content-Length": str(len(body)),
                "X-Forwarded-For": forwarded_for,
            },
            body=body,
        )
        return answer, csrf_cookie


class Editor:
    username = "production-editor"
    password = "a-production-test-password"  # noqa: S105



@pytest.fixture(scope="session")
def production_editor(production_stack):
    editor = Editor()
    env = {**production_stack.env, "DJANGO_SUPERUSER_PASSWORD": editor.password}
    stack.manage(env, "createsuperuser", "--noinput", "--username", editor.username,
                 "--email", "editor@example.org")  # fmt: skip
    return editor
