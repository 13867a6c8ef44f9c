"""Password- and login-restricted pages, and a private document, in every language."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cells.models import CellPage
from tests.factories import add_project
from tests.pages import visible_text

pytestmark = pytest.mark.django_db

PASSWORD = "brussels-partners-2026"  # noqa: S105
WRONG_PASSWORD_ERROR = {
    "nl": "Het wachtwoord dat je hebt ingevuld is niet juist.",
    "fr": "Le mot de passe que vous avez saisi est incorrect.",
    "en": "The password you have entered is not correct.",
}


def restricted_project(restriction_type, **fields):
    project = add_project(CellPage.objects.get(), 801)
    PageViewRestriction.objects.create(page=project, restriction_type=restriction_type, **fields)
    return project


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def password_form_action(response):
    match = re.search(r'action="([^"]*authenticate_with_password[^"]*)"', response.content.decode())
    assert match, "no password form on the page"
    return match.group(1)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_right_password_opens_a_password_protected_page(client, language):
    project = restricted_project(PageViewRestriction.PASSWORD, password=PASSWORD)
    page_url = url_in(project, language)

    form_page = client.get(page_url)
    assert f"Intro of project 801 in {language}" not in visible_text(form_page)
    action = password_form_action(form_page)
    assert action.startswith(f"/{language}/_util/authenticate_with_password/")

    response = client.post(action, {"password": PASSWORD, "return_url": page_url})

    assert response.status_code == 302
    assert response["Location"] == page_url
    opened = client.get(page_url)
    assert opened.status_code == 200
    assert f"Intro of project 801 in {language}" in visible_text(opened)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_a_wrong_password_shows_the_forms_error_in_the_visitors_language(client, language):
    project = restricted_project(PageViewRestriction.PASSWORD, password=PASSWORD)
    page_url = url_in(project, language)
    action = password_form_action(client.get(page_url))

    response = client.post(action, {"password": "not-the-password", "return_url": page_url})

    assert response.status_code == 200
    assert WRONG_PASSWORD_ERROR[language] in visible_text(response)
    assert f"Intro of project 801 in {language}" not in visible_text(client.get(page_url))


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_a_login_restricted_page_opens_after_logging_in_through_the_site(client, editor, language):
    project = restricted_project(PageViewRestriction.LOGIN)
    page_url = url_in(project, language)

    redirect = client.get(page_url)
    assert redirect.status_code == 302
    login_url = redirect["Location"]
    assert login_url.startswith(f"/{language}/_util/login/")
    assert client.get(login_url).status_code == 200

    response = client.post(
        login_url, {"username": editor.username, "password": "a-long-test-password"}
    )

    assert response.status_code == 302
    assert response["Location"] == page_url
    assert f"Intro of project 801 in {language}" in visible_text(client.get(page_url))


def private_document():
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Editors only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Editors")])
    document = get_document_model()(title="Internal note", collection=collection)
    document.file.save("internal-note.txt", ContentFile(b"internal note for editors"))
    return document


def test_a_private_document_is_served_to_its_group_only(client, editor, moderator):
    document = private_document()
    url = document.url

    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert re.match(r"^/(nl|fr|en)/_util/login/", anonymous["Location"])
    assert client.get(anonymous["Location"]).status_code == 200

    client.force_login(moderator)  # logged in, but not in the Editors group
    refused = client.get(url)
    assert refused.status_code == 302
    assert b"internal note" not in refused.content

    client.force_login(editor)
    served = client.get(url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"internal note for editors"
