"""The admin home shows what needs attention: moderation, drafts, scheduled pages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from objectives.models import ObjectivePage
from tests.admin_forms import edit_post_data

pytestmark = pytest.mark.django_db


def objective(number=1):
    return ObjectivePage.objects.get(number=number)


def post_edit(client, user, page, **changes):
    data = edit_post_data(page, user, **changes)
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors


def dashboard(client):
    """The admin home read in English: pages are named by their English titles."""
    return client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_an_editor_sees_their_draft_until_they_submit_it(client, editor):
    client.force_login(editor)
    post_edit(client, editor, objective(), title_nl="Concepttitel")

    assert "Drafts not yet submitted or published" in dashboard(client)
    assert objective().title_en in dashboard(client)
    assert "Concepttitel" not in dashboard(client)  # a Dutch draft title, for Dutch readers

    post_edit(client, editor, objective(), title_nl="Concepttitel", **{"action-submit": "1"})
    document = dashboard(client)
    assert "Drafts not yet submitted or published" not in document
    assert objective().title_en in document  # now under "Your pages in moderation"


def test_a_moderator_sees_the_page_awaiting_review(client, editor, moderator):
    client.force_login(editor)
    post_edit(client, editor, objective(), title_nl="Te keuren", **{"action-submit": "submit"})

    client.force_login(moderator)
    document = dashboard(client)

    assert "Awaiting your review" in document
    assert objective().title_en in document


def test_pages_scheduled_to_go_live_or_expire_are_listed(admin_client, superuser):
    soon = timezone.localtime(timezone.now() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    post_edit(
        admin_client,
        superuser,
        objective(1),
        title_nl="Komt eraan",
        go_live_at=soon,
        **{"action-publish": "publish"},
    )
    post_edit(admin_client, superuser, objective(2), expire_at=soon, **{"action-publish": "1"})

    document = dashboard(admin_client)

    assert "Scheduled pages" in document
    assert "Goes live" in document and "Expires" in document
    assert objective(2).title_en in document
