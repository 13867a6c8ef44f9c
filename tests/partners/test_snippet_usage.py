"""Partners and experts: where they are used, and a warning before deleting one in use."""

import pytest
from wagtail.admin.admin_url_finder import AdminURLFinder

from objectives.models import ObjectivePage
from tests.admin_forms import edit_post_data
from tests.factories import ExpertFactory, PartnerOrganisationFactory

pytestmark = pytest.mark.django_db


def publish_body(client, user, page, language, blocks):
    setattr(page, f"body_{language}", blocks)
    data = edit_post_data(page, user, **{"action-publish": "publish"})
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors


def snippet_url(user, instance, view):
    edit_url = AdminURLFinder(user).get_edit_url(instance)
    return edit_url.replace("/edit/", f"/{view}/")


@pytest.mark.parametrize(
    ("factory", "block_type"), [(PartnerOrganisationFactory, "partner"), (ExpertFactory, "expert")]
)
def test_a_snippet_in_a_french_body_lists_the_page_in_its_usage_report(
    admin_client, superuser, factory, block_type
):
    snippet = factory()
    page = ObjectivePage.objects.order_by("number").last()
    publish_body(admin_client, superuser, page, "fr", [(block_type, snippet)])

    response = admin_client.get(snippet_url(superuser, snippet, "usage"), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert page.title_nl in response.content.decode()


@pytest.mark.parametrize(
    ("factory", "block_type"), [(PartnerOrganisationFactory, "partner"), (ExpertFactory, "expert")]
)
def test_deleting_a_snippet_in_use_warns_with_the_number_of_uses(
    admin_client, superuser, factory, block_type
):
    snippet = factory()
    page = ObjectivePage.objects.order_by("number").last()
    publish_body(admin_client, superuser, page, "en", [(block_type, snippet)])

    confirm = admin_client.get(snippet_url(superuser, snippet, "delete"), HTTP_ACCEPT_LANGUAGE="en")

    document = confirm.content.decode()
    assert "is referenced 1 time" in document
    assert snippet_url(superuser, snippet, "usage") in document
    assert type(snippet).objects.filter(pk=snippet.pk).exists()


def test_a_partner_linked_as_related_partner_lists_the_objective(admin_client, superuser):
    page = ObjectivePage.objects.order_by("number").first()
    partner = page.partner_links.first().partner

    response = admin_client.get(snippet_url(superuser, partner, "usage"))

    assert page.title_nl in response.content.decode()


def test_an_unused_partner_is_reported_as_unused_before_deletion(admin_client, superuser):
    partner = PartnerOrganisationFactory()

    confirm = admin_client.get(snippet_url(superuser, partner, "delete"), HTTP_ACCEPT_LANGUAGE="en")

    assert "is referenced 0 times" in confirm.content.decode()
