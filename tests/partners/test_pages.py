import pytest

from strategy_site.seed import strategy_content as content
from tests.pages import LANGUAGES, SEEDED_URLS, plain, visible_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_contact_page_shows_both_experts_with_their_role_in_the_page_language_only(
    client, language
):
    text = visible_text(client.get(SEEDED_URLS["contact"][language]))

    for expert in content.EXPERTS:
        assert f"{expert['first_name']} {expert['last_name']}" in text
        assert plain(expert["role"][language]) in text
        for other in LANGUAGES:
            if expert["role"][other] != expert["role"][language]:
                assert plain(expert["role"][other]) not in text


def test_contact_cards_render_no_empty_contact_fields(client):
    document = client.get(SEEDED_URLS["contact"]["en"]).content.decode()

    # The seed gives no e-mail address or phone number: none may be made up or left blank.
    assert "mailto:" not in document
    assert "tel:" not in document
    assert "<dd></dd>" not in document


@pytest.mark.parametrize("language", LANGUAGES)
def test_partners_page_groups_the_seeded_partners_by_level(client, language):
    document = client.get(SEEDED_URLS["partners"][language]).content.decode()

    regional = document.split('id="level-regional"', 1)[1].split("</section>", 1)[0]
    belgian = document.split('id="level-belgian"', 1)[1].split("</section>", 1)[0]
    for partner in content.PARTNERS:
        group = regional if partner["level"] == "regional" else belgian
        assert plain(partner["name"][language]) in plain(group)
    assert 'id="level-european"' not in document  # empty levels are left out
