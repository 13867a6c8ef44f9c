"""The experts' vCards: valid vCard 4.0 (RFC 6350), read back by a real parser."""

import pytest
import vobject

from partners.models import Expert
from tests.pages import SEEDED_URLS

pytestmark = pytest.mark.django_db

# Every property RFC 6350 §6 defines; a card must use no other (no X- extensions).
RFC_6350_PROPERTIES = {
    "BEGIN", "END", "SOURCE", "KIND", "XML", "FN", "N", "NICKNAME", "PHOTO", "BDAY",
    "ANNIVERSARY", "GENDER", "ADR", "TEL", "EMAIL", "IMPP", "LANG", "TZ", "GEO", "TITLE",
    "ROLE", "LOGO", "ORG", "MEMBER", "RELATED", "CATEGORIES", "NOTE", "PRODID", "REV",
    "SOUND", "UID", "CLIENTPIDMAP", "URL", "VERSION", "KEY", "FBURL", "CALADRURI", "CALURI",
}  # fmt: skip


def reachable_corbalan(**changes):
    expert = Expert.objects.get(last_name="Corbalan")
    expert.email = "a.corbalan@example.org"
    for name, value in changes.items():
        setattr(expert, name, value)
    expert.save()
    return expert


def unfolded_lines(body):
    return body.replace("\r\n ", "").split("\r\n")[:-1]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("nl", "Expert Europese, internationale en interregionale zaken"),
        ("fr", "Expert en affaires européennes, internationales et interrégionales"),
        ("en", "Expert in European, international and interregional affairs"),
    ],
)
def test_vcard_is_valid_4_0_with_the_role_in_the_page_language(client, language, title):
    expert = reachable_corbalan(phone="+32 2 000 00 00", languages_spoken="nl, fr")
    page = client.get(SEEDED_URLS["contact"][language]).content.decode()
    url = f"/{language}/experts/{expert.pk}.vcf"
    assert f'href="{url}"' in page

    response = client.get(url)
    body = response.content.decode("utf-8")
    card = vobject.readOne(body)

    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert 'filename="alfredo-corbalan.vcf"' in response["Content-Disposition"]
    assert body.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert card.version.value == "4.0"
    assert card.fn.value == "Alfredo Corbalan"
    assert (card.n.value.family, card.n.value.given) == ("Corbalan", "Alfredo")
    assert card.title.value == title
    assert card.email.value == "a.corbalan@example.org"
    assert card.tel.value == "tel:+32-2-000-00-00"
    assert [lang.value for lang in card.contents["lang"]] == ["nl", "fr"]
    names = {line.split(":", 1)[0].split(";", 1)[0] for line in unfolded_lines(body)}
    assert names <= RFC_6350_PROPERTIES
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_vcard_carries_only_what_exists(client):
    expert = reachable_corbalan()

    body = client.get(f"/en/experts/{expert.pk}.vcf").content.decode("utf-8")
    card = vobject.readOne(body)

    assert "tel" not in card.contents and "lang" not in card.contents
    assert "ADR" not in body and "X-" not in body


def test_vcard_keeps_accented_names_in_utf8(client):
    expert = reachable_corbalan(first_name="Zoë", last_name="Dupré-Łukasiewicz")

    body = client.get(f"/nl/experts/{expert.pk}.vcf").content.decode("utf-8")
    card = vobject.readOne(body)

    assert card.fn.value == "Zoë Dupré-Łukasiewicz"
    assert "N:Dupré-Łukasiewicz;Zoë;;;" in body


def test_no_vcard_is_offered_for_an_expert_nobody_can_reach(client):
    for language in ("nl", "fr", "en"):
        page = client.get(SEEDED_URLS["contact"][language]).content.decode()
        assert ".vcf" not in page


def test_vcard_of_an_expert_on_no_contact_page_is_not_found(client):
    from tests.factories import ExpertFactory

    expert = ExpertFactory()

    assert client.get(f"/en/experts/{expert.pk}.vcf").status_code == 404
