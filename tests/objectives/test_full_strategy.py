import pytest

from strategy_site.seed import strategy_content as content
from tests.pages import LANGUAGES, SEEDED_URLS, plain, visible_text

pytestmark = pytest.mark.django_db

FULL_STRATEGY_URLS = {
    "nl": "/nl/volledige-strategie/",
    "fr": "/fr/strategie-complete/",
    "en": "/en/full-strategy/",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_strategy_on_one_page_is_linked_from_the_home_and_has_every_part(client, language):
    home = client.get(SEEDED_URLS["home"][language]).content.decode()
    assert f'href="{FULL_STRATEGY_URLS[language]}"' in home

    response = client.get(FULL_STRATEGY_URLS[language])
    text = visible_text(response)

    assert response.status_code == 200
    for part in (
        content.CELL["intro"],
        content.HOME["objectives_intro"],
        *(objective["summary"] for objective in content.OBJECTIVES),
        *(result["text"] for result in content.RESULTS),
        content.PARTNERS[0]["name"],
        content.EXPERTS[0]["role"],
    ):
        assert plain(part[language]) in text
    assert "<time datetime=" in response.content.decode().split("<main", 1)[1]
