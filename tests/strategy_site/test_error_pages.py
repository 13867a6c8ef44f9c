"""The error pages speak the visitor's language, link home and never need the database."""

from unittest import mock

import pytest
from django.db.utils import OperationalError
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

FRENCH_TAGLINE = "Stratégie internationale, européenne et interrégionale"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "headers", "language"),
    [
        ("/fr/nexiste-pas/", {}, "fr"),
        ("/en/does-not-exist/", {"HTTP_ACCEPT_LANGUAGE": "fr"}, "en"),
        ("/nl/bestaat-niet/", {"HTTP_COOKIE": "django_language=en"}, "nl"),
        ("/admin-typo/", {"HTTP_ACCEPT_LANGUAGE": "fr-BE,fr;q=0.9"}, "fr"),
    ],
)
def test_missing_page_answers_404_in_the_visitors_language_with_a_link_home(
    client, path, headers, language
):
    response = client.get(path, follow=True, **headers)

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f'href="/{language}/"' in html
    assert 'rel="stylesheet"' in html  # the site's own look


@pytest.mark.django_db
def test_french_404_page_uses_the_french_interface_strings(client):
    html = client.get("/fr/nexiste-pas/").content.decode()

    with translation.override("fr"):
        title = gettext("Page not found")
    assert title != "Page not found"  # the French catalogue has it
    assert FRENCH_TAGLINE in html
    assert title in html


@pytest.mark.django_db
def test_an_unexpected_error_gives_a_500_page_in_the_visitors_language():
    client = Client(raise_request_exception=False)
    with mock.patch("cells.models.CellPage.get_context", side_effect=RuntimeError("boom")):
        response = client.get("/fr/cellule/")

    assert response.status_code == 500
    assert '<html lang="fr">' in response.content.decode()
    assert "boom" not in response.content.decode()


def test_the_500_page_renders_without_any_database_access(rf):
    # No django_db mark: pytest-django makes any query in this test raise.
    from strategy_site.ops.error_pages import server_error

    response = server_error(rf.get("/en/unit/"))

    assert response.status_code == 500
    assert '<html lang="en">' in response.content.decode()


def test_a_database_outage_gives_a_503_with_retry_after(rf):
    from strategy_site.ops.error_pages import server_error

    request = rf.get("/fr/cellule/")
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(request)

    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert '<html lang="fr">' in response.content.decode()
    assert FRENCH_TAGLINE in response.content.decode()
