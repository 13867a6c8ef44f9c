"""Every public page, in every language, is valid HTML for the W3C Nu Html Checker.

The checker is the `vnu-jar` npm package (`make node_modules`), run with Java. A missing
checker fails the test: it is never skipped.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cells.models import CellPage
from tests.factories import add_project
from tests.pages import LANGUAGES, NON_PAGE_URLS, SEEDED_URLS

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
MISSING_PAGES = {"nl": "/nl/bestaat-niet/", "fr": "/fr/nexiste-pas/", "en": "/en/no-such-page/"}


def checker_errors(documents, folder):
    """{file name: [messages]} of the checker's errors for {name: HTML bytes}."""
    java = shutil.which("java")
    assert java, "Java is missing: apt-get install default-jre-headless"
    assert VNU_JAR.exists(), f"{VNU_JAR} is missing: run `make node_modules`"
    paths = []
    for name, body in documents.items():
        path = folder / f"{name}.html"
        path.write_bytes(body)
        paths.append(str(path))
    run = subprocess.run(  # noqa: S603 (fixed program and our own files)
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *paths],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = {}
    for message in messages:
        name = Path(message.get("url", "?")).stem
        errors.setdefault(name, []).append(f"{message.get('lastLine')}: {message['message']}")
    return errors


def test_every_public_page_has_no_validator_error(client, tmp_path):
    cell = CellPage.objects.get()
    add_project(cell, "vnu", **{f"slug_{code}": f"vnu-{code}" for code in LANGUAGES})
    urls = {**SEEDED_URLS, **NON_PAGE_URLS}
    documents = {}
    for key, per_language in urls.items():
        for language, url in per_language.items():
            response = client.get(url)
            assert response.status_code == 200, url
            documents[f"{key}-{language}"] = response.content
    for language in LANGUAGES:
        response = client.get(f"{SEEDED_URLS['cell'][language]}vnu-{language}/")
        assert response.status_code == 200
        documents[f"project-{language}"] = response.content
        missing = client.get(MISSING_PAGES[language])
        assert missing.status_code == 404
        documents[f"not-found-{language}"] = missing.content

    errors = checker_errors(documents, tmp_path)
    print(f"vnu: {len(documents)} documents, {sum(map(len, errors.values()))} errors")

    assert errors == {}
