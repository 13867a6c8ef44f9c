import pytest

from partners.models import Expert
from tests.pages import SEEDED_URLS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "TITLE:Expert en affaires européennes\\, internationales et interrégionales"),
        ("en", "TITLE:Expert in European\\, international and interregional affairs"),
    ],
)
def test_vcard_download_carries_the_role_in_the_page_language(client, language, title):
    expert = Expert.objects.get(last_name="Corbalan")
    page = client.get(SEEDED_URLS["contact"][language]).content.decode()
    url = f"/{language}/experts/{expert.pk}.vcf"
    assert f'href="{url}"' in page

    response = client.get(url)
    body = response.content.decode("utf-8")

    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert 'filename="alfredo-corbalan.vcf"' in response["Content-Disposition"]
    assert body.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert "FN:Alfredo Corbalan\r\n" in body
    assert title in body
    assert "EMAIL" not in body and "TEL" not in body


def test_vcard_keeps_accented_names_in_utf8(client):
    expert = Expert.objects.get(last_name="Corbalan")
    expert.first_name, expert.last_name = "Zoë", "Dupré-Łukasiewicz"
    expert.email = "zoe@example.org"
    expert.save()

    body = client.get(f"/nl/experts/{expert.pk}.vcf").content.decode("utf-8")

    assert "N:Dupré-Łukasiewicz;Zoë;;;" in body
    assert "EMAIL;TYPE=INTERNET,WORK:zoe@example.org" in body


def test_vcard_of_an_expert_on_no_contact_page_is_not_found(client):
    from tests.factories import ExpertFactory

    expert = ExpertFactory()

    assert client.get(f"/en/experts/{expert.pk}.vcf").status_code == 404
