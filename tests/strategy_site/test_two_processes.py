"""Two gunicorn processes sharing one PostgreSQL and one Redis never serve a stale page.

Everything runs for real on loopback: a database of the test's own in the session's
throwaway PostgreSQL, a Redis database of its own in the session's throwaway Redis, two
gunicorn processes on ports the OS hands out, and HTTP between them. A publish through
process A must show through process B on the very next request.
"""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
DATABASE_NAME = "strategy_two_processes"
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
def app_env(throwaway_postgres, throwaway_redis, seeded_postgres_template):
    throwaway_postgres.create_database(DATABASE_NAME, template=seeded_postgres_template)
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "strategy_site.settings.test",
        "DATABASE_URL": throwaway_postgres.url(DATABASE_NAME),
        "TEST_REDIS_URL": throwaway_redis.url(db=2),
    }
    run(
        "manage.py",
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        f"get_user_model().objects.create_superuser('publisher', 'p@example.org', '{PASSWORD}')",
        env=env,
    )
    return env


@pytest.fixture(scope="module")
def processes(app_env):
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    ports = (free_port(), free_port())
    servers = [
        subprocess.Popen(  # noqa: S603
            [gunicorn, "strategy_site.wsgi:application", "-b", f"127.0.0.1:{port}", "-w", "1"],
            cwd=ROOT,
            env=app_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for port in ports
    ]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
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
