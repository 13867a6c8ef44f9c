"""The compose deployment: health checks, logs, secrets kept out of git."""

import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_web_db_and_redis_have_health_checks_and_web_waits_for_them():
    services = compose()["services"]

    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert "ping" in " ".join(services["redis"]["healthcheck"]["test"])
    for dependency in ("db", "redis"):
        assert services["web"]["depends_on"][dependency]["condition"] == "service_healthy"


def test_gunicorn_writes_no_access_log_of_its_own():
    # One line per request comes from Django, without client addresses or query strings.
    assert "access-logfile" not in compose()["services"]["web"]["command"]


def test_the_real_env_file_is_ignored_and_the_example_is_committed():
    command = ["git", "check-ignore", "-q", ".env"]
    ignored = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603, S607
    assert ignored.returncode == 0
    example = (ROOT / ".env.example").read_text()
    for name in ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL"):
        assert f"{name}=" in example


def test_the_readme_explains_replicas_and_object_storage():
    readme = (ROOT / "README.md").read_text()
    deploy = readme.split("## Deploy", 1)[1]

    assert "load balancer" in deploy
    assert "django-storages" in deploy
    assert "make backup" in deploy
