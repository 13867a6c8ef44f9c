"""Two gunicorn processes sharing the machine's PostgreSQL and Redis never serve a stale page.

Everything runs for real on loopback: a database of the test's own on 127.0.0.1:5432, a
Redis database of its own on 127.0.0.1:6379, two gunicorn processes, and HTTP between them.
A publish through process A must show through process B on the very next request.
"""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
import redis
import requests

ROOT = Path(__file__).resolve().parents[2]
PORTS = (26001, 26002)
REDIS_URL = "redis://127.0.0.1:6379/6"
DATABASE_NAME = f"strategy_two_processes_{os.getpid()}"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE_NAME}"
PASSWORD = "two-processes-password"  # noqa: S105

EDIT_FORM_SCRIPT = """
import json, django
django.setup()
from django.contrib.auth import get_user_model
from cells.models import CellPage
from tests.admin_forms import edit_post_data
page = CellPage.objects.get()
user = get_user_model().objects.get(username="publisher")
data = edit_post_data(page, user, title_fr="Cellule publiée par le processus A")
data["action-publish"] = "publish"
print(json.dumps({"page": page.pk, "data": data}))
"""


def run(*args, env):
    return subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="module")
def app_env():
    admin = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    redis.Redis.from_url(REDIS_URL).flushdb()
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "strategy_site.settings.test",
        "DATABASE_URL": DATABASE_URL,
        "TEST_REDIS_URL": REDIS_URL,
    }
    run("manage.py", "migrate", "--noinput", env=env)
    run("manage.py", "load_strategy", env=env)
    run(
        "manage.py",
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        f"get_user_model().objects.create_superuser('publisher', 'p@example.org', '{PASSWORD}')",
        env=env,
    )
    yield env
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
    redis.Redis.from_url(REDIS_URL).flushdb()


@pytest.fixture(scope="module")
def processes(app_env):
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    servers = [
        subprocess.Popen(  # noqa: S603
            [gunicorn, "strategy_site.wsgi:application", "-b", f"127.0.0.1:{port}", "-w", "1"],
            cwd=ROOT,
            env=app_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for port in PORTS
    ]
    urls = [f"http://127.0.0.1:{port}" for port in PORTS]
    try:
        for url in urls:
            wait_until_serving(url)
        yield urls
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=20)


def wait_until_serving(url, seconds=90):
    deadline = time.monotonic() + seconds
    while True:
        try:
            requests.get(f"{url}/nl/", timeout=15)
            return
        except (requests.ConnectionError, requests.Timeout):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def login(base_url):
    session = requests.Session()
    page = session.get(f"{base_url}/admin/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base_url}/admin/login/",
        data={"username": "publisher", "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": f"{base_url}/admin/login/"},
        timeout=10,
    )
    assert "sessionid" in session.cookies, response.text[:500]
    return session


def test_a_publish_through_one_process_is_seen_through_the_other_at_once(app_env, processes):
    process_a, process_b = processes
    requests.get(f"{process_b}/fr/cellule/", timeout=10)
    before = requests.get(f"{process_b}/fr/cellule/", timeout=10)
    assert before.status_code == 200, before.text[-2000:]
    assert before.headers["X-Cache"] == "HIT"
    assert "Cellule publiée par le processus A" not in before.text

    form = json.loads(run("-c", EDIT_FORM_SCRIPT, env=app_env))
    editor = login(process_a)
    edit_url = f"{process_a}/admin/pages/{form['page']}/edit/"
    token = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', editor.get(edit_url, timeout=10).text
    ).group(1)
    published = editor.post(
        edit_url,
        data={**form["data"], "csrfmiddlewaretoken": token},
        headers={"Referer": edit_url},
        allow_redirects=False,
        timeout=30,
    )
    assert published.status_code == 302

    after = requests.get(f"{process_b}/fr/cellule/", timeout=10)
    assert after.headers["X-Cache"] == "MISS"
    assert "Cellule publiée par le processus A" in after.text
