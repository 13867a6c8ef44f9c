"""Admin strings that came from the database or from packages, in the user's language."""

import pytest
from wagtail.users.models import UserProfile

from objectives.models import ObjectivePage

pytestmark = pytest.mark.django_db


def prefers(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize(
    ("language", "workflow", "view_edit"),
    [
        ("nl", "Goedkeuring door moderatoren", "Velden bekijken / bewerken voor"),
        ("fr", "Approbation par les modérateurs", "Voir / modifier les champs en"),
        ("en", "Moderators’ approval", "View / edit fields for"),
    ],
)
def test_the_page_editor_names_the_workflow_and_the_language_switch_in_the_user_language(
    admin_client, superuser, language, workflow, view_edit
):
    prefers(superuser, language)
    page = ObjectivePage.objects.order_by("path").first()

    document = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert workflow in document
    assert "Moderators approval" not in document
    assert view_edit in document
