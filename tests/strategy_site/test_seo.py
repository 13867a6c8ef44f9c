import json
import re
import xml.etree.ElementTree as ET

import pytest

from strategy_site.seed import strategy_content as content
from tests.pages import LANGUAGES, SEEDED_URLS, plain

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def alternates(document):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', document))


def canonical(document):
    return re.search(r'<link rel="canonical" href="([^"]+)">', document).group(1)


def json_ld(document):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', document, re.S)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize("key", sorted(SEEDED_URLS))
def test_alternates_of_each_language_version_point_back_to_one_another(client, key):
    documents = {code: client.get(SEEDED_URLS[key][code]).content.decode() for code in LANGUAGES}
    expected = {code: f"http://testserver{SEEDED_URLS[key][code]}" for code in LANGUAGES}
    expected["x-default"] = expected["nl"]

    for code, document in documents.items():
        assert alternates(document) == expected
        assert canonical(document) == expected[code]


@pytest.mark.parametrize("language", LANGUAGES)
def test_description_and_open_graph_come_from_the_page_language(client, language):
    document = client.get(SEEDED_URLS["cell"][language]).content.decode()
    description = content.CELL["search_description"][language]

    assert f'<meta name="description" content="{description}">' in document.replace("&#x27;", "'")
    og_title = re.search(r'<meta property="og:title" content="([^"]+)">', document).group(1)
    assert plain(og_title) == plain(content.CELL["title"][language])
    assert f'property="og:locale" content="{language}_' in document


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_describes_the_organisation_in_json_ld(client, language):
    (data,) = json_ld(client.get(SEEDED_URLS["home"][language]).content.decode())

    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "perspective.brussels"
    assert data["url"] == f"http://testserver/{language}/"
    assert data["description"] == content.HOME["search_description"][language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_below_the_home_carry_a_breadcrumb_list_in_their_language(client, language):
    document = client.get(SEEDED_URLS["objective-1"][language]).content.decode()
    (data,) = [d for d in json_ld(document) if d["@type"] == "BreadcrumbList"]

    items = data["itemListElement"]
    assert [item["position"] for item in items] == [1, 2, 3]
    assert items[0]["item"] == f"http://testserver{SEEDED_URLS['home'][language]}"
    assert items[1]["item"] == f"http://testserver{SEEDED_URLS['objectives'][language]}"
    assert items[2]["name"] == content.OBJECTIVES[0]["title"][language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_contact_page_describes_each_expert_as_a_person_with_a_job_title(client, language):
    people = [
        d
        for d in json_ld(client.get(SEEDED_URLS["contact"][language]).content.decode())
        if d["@type"] == "Person"
    ]

    by_name = {person["name"]: person for person in people}
    assert sorted(by_name) == sorted(f"{e['first_name']} {e['last_name']}" for e in content.EXPERTS)
    for expert in content.EXPERTS:
        person = by_name[f"{expert['first_name']} {expert['last_name']}"]
        assert person["jobTitle"] == expert["role"][language]
        assert person["worksFor"]["@type"] == "GovernmentOrganization"


def test_sitemap_parses_and_lists_every_page_in_all_three_languages(client):
    response = client.get("/sitemap.xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)

    entries = {url.find(f"{SITEMAP}loc").text: url for url in root.findall(f"{SITEMAP}url")}
    for urls in SEEDED_URLS.values():
        for language in LANGUAGES:
            entry = entries[f"http://testserver{urls[language]}"]
            assert entry.find(f"{SITEMAP}lastmod").text
            links = {
                link.get("hreflang"): link.get("href") for link in entry.findall(f"{XHTML}link")
            }
            assert links == {
                **{code: f"http://testserver{urls[code]}" for code in LANGUAGES},
                "x-default": f"http://testserver{urls['nl']}",
            }


def test_robots_txt_names_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()

    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_the_sitemap_lists_the_search_page_without_a_query_in_three_languages(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own response)
    search = {"nl": "/nl/zoeken/", "fr": "/fr/recherche/", "en": "/en/search/"}

    entries = {url.find(f"{SITEMAP}loc").text: url for url in root.findall(f"{SITEMAP}url")}
    for language in LANGUAGES:
        entry = entries[f"http://testserver{search[language]}"]
        links = {link.get("hreflang"): link.get("href") for link in entry.findall(f"{XHTML}link")}
        assert links == {
            **{code: f"http://testserver{search[code]}" for code in LANGUAGES},
            "x-default": "http://testserver/nl/zoeken/",
        }
    assert not [loc for loc in entries if "?" in loc]
