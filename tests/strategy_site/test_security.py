"""Security settings and headers: the deploy check, CSP, Permissions-Policy, security.txt."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

@pytest.fixture
def production_env(tmp_path):
    return {
        "DJANGO_SETTINGS_MODULE": "strategy_site.settings.production",
        "DJANGO_SECRET_KEY": "deploy-check-" + "s" * 60,
        "DJANGO_ALLOWED_HOSTS": "strategy.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy-check.sqlite3'}",
        "SECURITY_CONTACT": "mailto:security-test@example.org",
    }


def test_production_settings_pass_the_deploy_check_with_no_warning(production_env):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **production_env},
        capture_output=True,
        text=True,
        timeout=180,
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_wagtail_admin_base_url_comes_from_the_environment(production_env):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c",
         "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **production_env,
             "WAGTAILADMIN_BASE_URL": "https://cms.example.org"},
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip

    assert result.stdout.strip().splitlines()[-1] == "https://cms.example.org"


@pytest.mark.django_db
def test_public_pages_get_a_strict_policy_and_deny_sensors(client):
    response = client.get("/nl/")
    policy = response["Content-Security-Policy"]

    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in response["Permissions-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_public_pages_refuse_writing_methods_with_405_in_the_pages_language(client, method):
    response = client.generic(method, "/fr/cellule/")

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert '<html lang="fr">' in response.content.decode()


@pytest.mark.django_db
def test_the_admin_login_still_accepts_post(client):
    response = client.post("/admin/login/", {"username": "nobody", "password": "x" * 12})

    assert response.status_code == 200  # the form again, with its error


def test_security_txt_has_contact_and_expires(client, settings):
    settings.SECURITY_CONTACT = "mailto:security-test@example.org"
    response = client.get("/.well-known/security.txt")

    assert response.status_code == 200
    text = response.content.decode()
    assert "Contact: mailto:" in text
    assert "Expires: " in text


def test_liveness_never_touches_the_database(client):
    # No django_db mark: any query would raise.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readiness_reports_database_and_cache(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_security_txt_is_not_served_without_a_configured_contact(client, settings):
    settings.SECURITY_CONTACT = ""

    assert client.get("/.well-known/security.txt").status_code == 404


def test_the_deploy_check_warns_while_no_security_contact_is_set(settings):
    from django.core.checks import run_checks

    settings.SECURITY_CONTACT = ""
    unset = [m.id for m in run_checks(include_deployment_checks=True)]
    settings.SECURITY_CONTACT = "security@example.org"
    not_a_uri = [m.id for m in run_checks(include_deployment_checks=True)]
    settings.SECURITY_CONTACT = "mailto:security-test@example.org"
    configured = [m.id for m in run_checks(include_deployment_checks=True)]

    assert "strategy_site.W001" in unset
    assert "strategy_site.W002" in not_a_uri
    assert not {"strategy_site.W001", "strategy_site.W002"} & set(configured)
