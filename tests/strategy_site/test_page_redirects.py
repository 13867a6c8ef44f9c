"""Old URLs keep working, in every language, after a slug change or a move."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from cells.models import CellPage
from objectives.models import ObjectiveIndexPage, ObjectivePage
from tests.admin_forms import edit_post_data
from tests.pages import SEEDED_URLS

pytestmark = pytest.mark.django_db


def publish(client, user, page, **changes):
    data = edit_post_data(page, user, **changes, **{"action-publish": "publish"})
    response = client.post(f"/admin/pages/{page.pk}/edit/", data, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 302, response.context and response.context["form"].errors


def follows_to(client, old_url, new_url):
    response = client.get(old_url)
    assert response.status_code in (301, 302), (old_url, response.status_code)
    assert response["Location"] == new_url
    assert client.get(new_url).status_code == 200


def test_a_french_slug_change_made_from_a_dutch_admin_leaves_a_french_redirect(
    admin_client, client, superuser, django_capture_on_commit_callbacks
):
    page = ObjectivePage.objects.order_by("number").first()
    old_url = SEEDED_URLS["objective-1"]["fr"]

    with django_capture_on_commit_callbacks(execute=True):
        publish(admin_client, superuser, page, slug_fr="flandre-et-wallonie")

    follows_to(client, old_url, "/fr/objectifs/flandre-et-wallonie/")
    # The other languages did not change, so they need no redirect.
    assert client.get(SEEDED_URLS["objective-1"]["nl"]).status_code == 200
    assert not Redirect.objects.filter(old_path__startswith="/nl/").exists()


def test_a_parent_slug_change_in_english_redirects_its_children_too(
    admin_client, client, superuser, django_capture_on_commit_callbacks
):
    index = ObjectiveIndexPage.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        publish(admin_client, superuser, index, slug_en="goals")

    follows_to(client, "/en/objectives/", "/en/goals/")
    follows_to(
        client,
        SEEDED_URLS["objective-1"]["en"],
        "/en/goals/cooperation-with-flanders-and-wallonia/",
    )


def test_moving_a_page_redirects_its_old_url_in_every_language(
    client, django_capture_on_commit_callbacks
):
    page = Page.objects.get(slug_nl="toegankelijkheid").specific
    cell = CellPage.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        page.move(cell, pos="last-child")

    follows_to(client, "/nl/toegankelijkheid/", "/nl/cel/toegankelijkheid/")
    follows_to(client, "/fr/accessibilite/", "/fr/cellule/accessibilite/")
    follows_to(client, "/en/accessibility/", "/en/unit/accessibility/")


def test_saving_a_draft_with_a_new_slug_creates_no_redirect(
    admin_client, superuser, django_capture_on_commit_callbacks
):
    page = ObjectivePage.objects.order_by("number").first()
    data = edit_post_data(page, superuser, slug_fr="brouillon")

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert not Redirect.objects.exists()
