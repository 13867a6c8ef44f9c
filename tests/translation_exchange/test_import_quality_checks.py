"""The import runs the translators' QA checks on each unit: warnings are shown beside the
change in the preview and never block, an error blocks its unit only."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cells.models import ProjectPage
from tests.translators import add_untranslated_project

pytestmark = pytest.mark.django_db

EXPORT_URL = "/admin/translation-exchange/export/"
IMPORT_URL = "/admin/translation-exchange/import/"
ENGLISH = {"Accept-Language": "en"}


def project_with_intro(number, intro_nl):
    project = add_untranslated_project(number, missing=("intro_fr",))
    project.intro_nl = intro_nl
    project.save_revision().publish()
    return project


def translated_po(client, translations):
    response = client.get(
        EXPORT_URL, {"language": "fr", "file_format": "po", "only": "missing", "section": ""}
    )
    po = polib.pofile(response.content.decode())
    for entry in po:
        if entry.msgctxt in translations:
            entry.msgstr = translations[entry.msgctxt]
    return str(po).encode()


def preview(client, content):
    return client.post(
        IMPORT_URL,
        {"language": "fr", "file": SimpleUploadedFile("fr.po", content)},
        headers=ENGLISH,
    )


def test_a_glossary_violation_is_shown_and_a_broken_placeholder_blocks_its_unit_only(
    admin_client,
):
    region = project_with_intro(41, "Het Brussels Hoofdstedelijk Gewest werkt samen.")
    named = project_with_intro(42, "Stuur {naam} een bericht.")
    content = translated_po(
        admin_client,
        {
            f"cells.projectpage:{region.pk}:intro": "La Région bruxelloise coopère.",
            f"cells.projectpage:{named.pk}:intro": "Envoyez un message.",
        },
    )

    response = preview(admin_client, content)

    html = response.content.decode()
    assert response.status_code == 200
    changes = response.context["report"].changes
    assert [change.after for change in changes] == ["La Région bruxelloise coopère."]
    assert 'data-check="glossary"' in html
    assert "Région de Bruxelles-Capitale" in html
    assert "Warning:" in html
    errors = dict(response.context["report"].errors)
    assert "{naam}" in errors[f"cells.projectpage:{named.pk}:intro"]

    data = {**response.context["form"].initial, "confirm": "1"}
    admin_client.post(IMPORT_URL, data, headers=ENGLISH)

    def intro_fr(project):
        return ProjectPage.objects.get(pk=project.pk).get_latest_revision_as_object().intro_fr

    # The warning did not block its unit; the error kept its own out, and only it.
    assert intro_fr(region) == "La Région bruxelloise coopère."
    assert intro_fr(named) == ""
