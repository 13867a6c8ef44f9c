import re

import pytest

from strategy_site.seed import strategy_content as content
from tests.pages import LANGUAGES, SEEDED_TEXT, SEEDED_URLS, plain, visible_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", sorted(SEEDED_URLS))
def test_every_seeded_page_shows_its_own_language_at_its_own_url(client, key, language):
    response = client.get(SEEDED_URLS[key][language])

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    text = visible_text(response)
    for translations in SEEDED_TEXT[key]:
        assert plain(translations[language]) in text


@pytest.mark.parametrize(
    ("dutch_slug_url", "french_url"),
    [
        ("/fr/cel/", "/fr/cellule/"),
        ("/fr/doelstellingen/", "/fr/objectifs/"),
        ("/fr/resultaten/", "/fr/resultats/"),
        ("/en/toegankelijkheid/", "/en/accessibility/"),
    ],
)
def test_a_dutch_slug_under_another_language_prefix_is_not_found(
    client, dutch_slug_url, french_url
):
    assert client.get(french_url).status_code == 200
    assert client.get(dutch_slug_url).status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_lists_the_four_objectives_in_page_order_linking_in_its_language(client, language):
    response = client.get(SEEDED_URLS["home"][language])
    document = response.content.decode()

    section = document.split('id="objectives-heading"', 1)[1]
    links = re.findall(r'<a href="(/[a-z]{2}/[^"]+)"><span class="visually-hidden">', section)
    assert len(links) == 4
    assert all(link.startswith(f"/{language}/") for link in links)
    titles = [plain(objective["title"][language]) for objective in content.OBJECTIVES]
    text = visible_text(response)
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions)
    assert client.get(links[0]).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_results_page_shows_four_agency_and_three_region_results_without_objectives(
    client, language
):
    document = client.get(SEEDED_URLS["results"][language]).content.decode()

    agency = document.split('id="results-agency"', 1)[1].split("</section>", 1)[0]
    region = document.split('id="results-region"', 1)[1].split("</section>", 1)[0]
    assert agency.count('<li class="result">') == 4
    assert region.count('<li class="result">') == 3
    for block in (agency, region):
        for item in block.split('<li class="result">')[1:]:
            # The source does not say which objective leads to which result.
            assert "href=" not in item.split("</li>", 1)[0]
    assert "result__objectives" not in document


@pytest.mark.parametrize("language", LANGUAGES)
def test_objective_1_lists_the_three_partners_its_sentence_names_and_no_results(
    client, language
):
    response = client.get(SEEDED_URLS["objective-1"][language])
    text = visible_text(response)

    partners = {p["key"]: p for p in content.PARTNERS}
    for key in ("flanders", "wallonia", "interregional-spatial-planning-forum"):
        assert plain(partners[key]["name"][language]) in text
    assert 'id="results-heading"' not in response.content.decode()
    assert plain(content.RESULTS[0]["text"][language]) not in text


def words(text):
    return re.findall(r"\w+", text.lower())


def shared_word_runs(lead, rest, length=5):
    """The runs of `length` consecutive words of `lead` that `rest` says again."""
    lead_words, rest_words = words(lead), words(rest)
    runs = {tuple(rest_words[i : i + length]) for i in range(len(rest_words) - length + 1)}
    return [
        " ".join(lead_words[i : i + length])
        for i in range(len(lead_words) - length + 1)
        if tuple(lead_words[i : i + length]) in runs
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("objective", content.OBJECTIVES, ids=lambda data: str(data["number"]))
def test_an_objective_page_says_its_lead_once(client, objective, language):
    """The lead (the objective's sentence) is not said again in the body below it, not
    even reworded: no five words in a row of it come back before the page's sections
    (its results, and partner cards that rightly name the partners the sentence names)."""
    index_url = SEEDED_URLS["objectives"][language]
    document = client.get(f"{index_url}{objective['slug'][language]}/").content.decode()
    article = re.search(r"<article>(.*?)</article>", document, re.S).group(1)
    heading_and_lead = re.search(r'<div class="page-lead">.*?</div>', article, re.S)
    lead = re.search(r'<p class="page-lead__intro"[^>]*>(.*?)</p>', heading_and_lead.group(0))
    body = article[heading_and_lead.end() :].split('<section class="section"')[0]

    assert plain(lead.group(1)) == plain(objective["summary"][language])
    assert shared_word_runs(plain(lead.group(1)), plain(body)) == []
