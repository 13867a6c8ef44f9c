"""Roles from the data migration and the moderation workflow on the whole tree."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import Page, Workflow, WorkflowState

from objectives.models import ObjectivePage
from partners.models import PartnerOrganisation
from tests.admin_forms import edit_post_data
from tests.pages import visible_text

pytestmark = pytest.mark.django_db


def objective():
    return ObjectivePage.objects.order_by("number").first()


def french_url(page):
    with translation.override("fr"):
        return page.get_url()


def submit_french_title(client, user, page, title):
    data = edit_post_data(page, user, title_fr=title, **{"action-submit": "submit"})
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_both_groups_exist_on_a_fresh_install():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Moderators"}


def test_the_moderation_workflow_covers_every_page_of_the_tree():
    for page in Page.objects.filter(depth__gt=1):
        workflow = page.get_workflow()
        assert workflow is not None, page
        # Stored under Wagtail's default name (shown translated:
        # strategy_site.editorial.workflow_names).
        assert Workflow.objects.filter(pk=workflow.pk, name="Moderators approval").exists()
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_an_editor_sees_no_publish_button(client, editor):
    client.force_login(editor)
    document = client.get(f"/admin/pages/{objective().pk}/edit/").content.decode()

    assert 'name="action-submit"' in document
    assert 'name="action-publish"' not in document


def test_an_editor_cannot_publish_even_by_posting_the_publish_action(client, editor):
    page = objective()
    old_title = page.title_fr
    client.force_login(editor)
    data = edit_post_data(page, editor, title_fr="Titre non validé", **{"action-publish": "1"})

    response = client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_fr == old_title
    assert page.has_unpublished_changes
    client.logout()
    assert "Titre non validé" not in visible_text(client.get(french_url(page)))


def test_an_editor_submits_and_a_moderator_approves_then_visitors_see_it(client, editor, moderator):
    page = objective()
    client.force_login(editor)

    assert submit_french_title(client, editor, page, "Titre soumis").status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    client.logout()
    assert "Titre soumis" not in visible_text(client.get(french_url(page)))

    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    client.logout()
    assert "Titre soumis" in visible_text(client.get(french_url(page)))


def test_a_moderator_can_publish_directly(client, moderator):
    page = objective()
    client.force_login(moderator)
    data = edit_post_data(page, moderator, title_fr="Titre publié", **{"action-publish": "1"})

    assert client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302

    client.logout()
    assert "Titre publié" in visible_text(client.get(french_url(page)))


def test_an_editor_cannot_approve_a_submitted_page(client, editor):
    page = objective()
    client.force_login(editor)
    submit_french_title(client, editor, page, "Titre soumis")
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state

    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )

    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.title_fr != "Titre soumis"


def test_an_editor_edits_partners_but_cannot_delete_them(client, editor):
    partner = PartnerOrganisation.objects.first()
    client.force_login(editor)
    base = "/admin/snippets/partners/partnerorganisation"

    assert client.get(f"{base}/edit/{partner.pk}/").status_code == 200
    assert client.post(f"{base}/delete/{partner.pk}/").status_code in (302, 403)
    assert PartnerOrganisation.objects.filter(pk=partner.pk).exists()


def test_a_moderator_can_delete_an_unused_partner(client, moderator):
    partner = PartnerOrganisation.objects.create(name="Ongebruikt", level="european")
    client.force_login(moderator)

    response = client.post(f"/admin/snippets/partners/partnerorganisation/delete/{partner.pk}/")

    assert response.status_code == 302
    assert not PartnerOrganisation.objects.filter(pk=partner.pk).exists()


def test_an_editor_can_add_the_missing_alt_text_to_any_image(client, editor):
    from tests.factories import image_with_alt_text

    image = image_with_alt_text(nl="Een beeld")  # uploaded by someone else
    client.force_login(editor)

    response = client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "collection": image.collection_id,
            "description_nl": "Een beeld",
            "description_fr": "Une image",
            "description_en": "",
        },
    )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.alt_text_in("fr") == "Une image"
