"""The explorer and the dashboard name pages in the admin user's own language."""

import pytest
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.translators import add_untranslated_project

pytestmark = pytest.mark.django_db


def french_draft_by_a_translator(project):
    draft = project.get_latest_revision_as_object()
    draft.title_fr = "Projet traduit par l’agence"
    with translation.override("fr"):  # a French translator's admin
        draft.save_revision()
    project.refresh_from_db()
    return project


def prefers(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def test_a_french_draft_does_not_rename_the_page_for_dutch_editors(admin_client, superuser):
    project = french_draft_by_a_translator(add_untranslated_project(91, missing=()))
    prefers(superuser, "nl")

    explorer = admin_client.get(f"/admin/pages/{project.get_parent().pk}/").content.decode()
    dashboard = admin_client.get("/admin/").content.decode()

    assert project.draft_title == "Project 91 nl"
    assert "Project 91 nl" in explorer
    assert "Projet traduit" not in explorer
    assert "Project 91 nl" in dashboard
    assert "Projet traduit" not in dashboard


def test_an_english_speaking_editor_sees_the_english_titles(admin_client, superuser):
    project = french_draft_by_a_translator(add_untranslated_project(92, missing=()))
    prefers(superuser, "en")

    explorer = admin_client.get(f"/admin/pages/{project.get_parent().pk}/").content.decode()

    assert "Project 92 en" in explorer
    assert "Project 92 nl" not in explorer
    assert "Projet traduit" not in explorer


def test_a_page_without_an_english_title_shows_its_dutch_draft_title(admin_client, superuser):
    project = add_untranslated_project(93, missing=("title_en",))
    prefers(superuser, "en")

    explorer = admin_client.get(f"/admin/pages/{project.get_parent().pk}/").content.decode()

    assert "Project 93 nl" in explorer
