"""The files browsers ask for by themselves, and dates as each language writes them."""

import json
import re

import pytest

from tests.pages import SEEDED_URLS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/favicon.ico", "image/"),
        ("/favicon.svg", "image/svg+xml"),
        ("/apple-touch-icon.png", "image/png"),
        ("/site.webmanifest", "application/manifest+json"),
    ],
)
def test_the_icons_and_manifest_answer_at_their_root_urls(client, path, content_type):
    response = client.get(path)

    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)


def test_every_icon_the_manifest_names_exists(client):
    manifest = json.loads(b"".join(client.get("/site.webmanifest").streaming_content))

    assert manifest["icons"]
    for icon in manifest["icons"]:
        assert client.get(icon["src"]).status_code == 200, icon["src"]


def test_an_english_page_writes_its_date_the_british_way(client):
    document = client.get(SEEDED_URLS["cell"]["en"]).content.decode()

    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    assert re.search(rf'<time datetime="[^"]+">\d{{1,2}} ({months}) \d{{4}}</time>', document)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_a_machine_readable_date_has_no_microseconds(client, language):
    document = client.get(SEEDED_URLS["cell"][language]).content.decode()

    stamps = re.findall(r'<time datetime="([^"]+)"', document)
    assert stamps
    for stamp in stamps:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", stamp), stamp
