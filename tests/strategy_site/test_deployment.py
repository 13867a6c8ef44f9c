"""The compose deployment: what each service runs, health checks, logs, secrets kept out of git.

`docker compose config` needs a Docker engine, which these machines lack, so the file is
read as YAML (PyYAML resolves the `<<: *app` merge like Compose does) and each service's
shell command is split into the commands it runs.
"""

import os
import re
import shlex
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SEPARATORS = {";", "&&"}


def services():
    """The services as Compose sees them with every `${VARIABLE...}` of .env set."""
    text = re.sub(r"\$\{(\w+)[^}]*\}", r"value-of-\1", (ROOT / "docker-compose.yml").read_text())
    return yaml.safe_load(text)["services"]


def commands(service):
    """`sh -c "a && b; c"` → [[a...], [b...], [c...]], split on `&&` and `;`."""
    command = service["command"]
    argv = shlex.split(command) if isinstance(command, str) else command
    assert argv[:2] == ["sh", "-c"], argv
    lexer = shlex.shlex(argv[2], posix=True, punctuation_chars=";&")
    lexer.whitespace_split = True
    result, current = [], []
    for token in lexer:
        if token in SEPARATORS:
            result.append(current)
            current = []
        else:
            current.append(token)
    return [command for command in [*result, current] if command]


def manage_commands(service):
    return [c[2] for c in commands(service) if c[:2] == ["python", "manage.py"]]


def gunicorn_argv(web):
    return next(c for c in commands(web) if c[0] == "gunicorn")


def test_web_migrates_and_seeds_before_gunicorn_starts_and_stops_if_a_step_fails():
    web = services()["web"]
    script = shlex.split(web["command"])[2]

    assert manage_commands(web)[:2] == ["migrate", "load_strategy"]
    assert "collectstatic" in manage_commands(web)
    gunicorn = gunicorn_argv(web)
    assert gunicorn[1] == "strategy_site.wsgi:application"
    # Every step is chained with `&&`: a failed migration never starts a server.
    assert ";" not in script
    assert script.count("&&") == len(commands(web)) - 1


def test_web_listens_on_the_port_the_edge_asks_and_its_health_check_asks_that_port():
    web = services()["web"]
    gunicorn = gunicorn_argv(web)
    bind = gunicorn[gunicorn.index("--bind") + 1]
    port = bind.rsplit(":", 1)[1]
    backend = (ROOT / "deploy" / "varnish" / "backend.vcl").read_text()

    assert bind.startswith("0.0.0.0:")
    assert str(port) in [str(exposed) for exposed in web["expose"]]
    assert "ports" not in web  # visitors come through the edge cache only
    assert re.search(rf'\.host = "web";\s*\.port = "{port}";', backend)
    varnish = services()["varnish"]
    assert varnish["depends_on"]["web"]["condition"] == "service_healthy"
    assert any(mapping.startswith(f"{port}:") for mapping in varnish["ports"])
    check = web["healthcheck"]["test"]
    assert check[0] == "CMD"
    assert f"http://127.0.0.1:{port}/healthz" in check[-1]


def test_the_scheduler_runs_publish_scheduled_every_minute_forever():
    scheduler = services()["scheduler"]
    steps = commands(scheduler)

    assert steps[0] == ["while", "true"]
    assert ["do", "python", "manage.py", "publish_scheduled"] in steps
    assert ["sleep", "60"] in steps
    assert steps[-1] == ["done"]
    assert scheduler["restart"] == "unless-stopped"


def test_the_app_reaches_the_db_and_redis_services_it_waits_for():
    compose = services()
    db = compose["db"]
    for name in ("web", "scheduler"):
        app = compose[name]
        database = urllib.parse.urlsplit(app["environment"]["DATABASE_URL"])
        cache = urllib.parse.urlsplit(app["environment"]["REDIS_URL"])

        assert (database.scheme, database.hostname, database.port) == ("postgres", "db", 5432)
        assert database.username == db["environment"]["POSTGRES_USER"]
        assert database.path == "/" + db["environment"]["POSTGRES_DB"]
        assert (cache.scheme, cache.hostname, cache.port) == ("redis", "redis", 6379)
        for dependency in ("db", "redis"):
            assert app["depends_on"][dependency]["condition"] == "service_healthy"


def test_db_and_redis_health_checks_ask_the_right_database_and_server():
    compose = services()
    db_check = compose["db"]["healthcheck"]["test"]
    redis_check = compose["redis"]["healthcheck"]["test"]

    assert db_check[0] == "CMD-SHELL"
    pg_isready = shlex.split(db_check[1])
    assert pg_isready[0] == "pg_isready"
    assert pg_isready[pg_isready.index("-U") + 1] == compose["db"]["environment"]["POSTGRES_USER"]
    assert pg_isready[pg_isready.index("-d") + 1] == compose["db"]["environment"]["POSTGRES_DB"]
    assert redis_check == ["CMD", "redis-cli", "ping"]


def test_gunicorn_writes_no_access_log_of_its_own():
    # One line per request comes from Django, without client addresses or query strings.
    gunicorn = gunicorn_argv(services()["web"])
    assert not any(arg.startswith("--access-log") for arg in gunicorn)


def test_secrets_come_from_the_env_file_and_never_from_the_compose_file():
    for name, service in services().items():
        assert "DJANGO_SECRET_KEY" not in service.get("environment", {}), name
    assert services()["web"]["env_file"] == ".env"


def test_the_real_env_file_is_ignored_and_the_example_is_committed():
    command = ["git", "check-ignore", "-q", ".env"]
    ignored = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603, S607
    assert ignored.returncode == 0
    example = (ROOT / ".env.example").read_text()
    for name in ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL"):
        assert f"{name}=" in example


@pytest.mark.parametrize(
    ("bucket", "backend"),
    [("", "django.core.files.storage.FileSystemStorage"),
     ("strategy-media", "storages.backends.s3.S3Storage")],
)  # fmt: skip
def test_replicas_share_media_on_object_storage_when_a_bucket_is_named(tmp_path, bucket, backend):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "strategy_site.settings.production",
        "DJANGO_SECRET_KEY": "storage-check-" + "s" * 50,
        "DJANGO_ALLOWED_HOSTS": "strategy.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'storage-check.sqlite3'}",
        "AWS_STORAGE_BUCKET_NAME": bucket,
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c",
         "from django.conf import settings; "
         "print(settings.STORAGES['default']['BACKEND'])"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip

    assert result.stdout.strip().splitlines()[-1] == backend
