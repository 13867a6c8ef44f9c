"""The admin's export download and its upload → preview → confirm import."""

import polib
import pytest
from defusedxml import ElementTree as SafeET
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape
from wagtail.models import PageLogEntry, Revision

from objectives.models import ObjectiveIndexPage, ObjectivePage
from strategy_site.translation_exchange.catalogue import export_entries
from strategy_site.translation_status.language_permissions import language_name
from tests.translators import make_translator

pytestmark = pytest.mark.django_db

EXPORT_URL = "/admin/translation-exchange/export/"
IMPORT_URL = "/admin/translation-exchange/import/"
XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"


def objective():
    return ObjectivePage.objects.order_by("path").first()


def download(client, **params):
    query = {"language": "fr", "file_format": "po", "only": "", "section": "", **params}
    return client.get(EXPORT_URL, query)


def edited_po(client, identifier, new_text):
    po = polib.pofile(download(client).content.decode())
    next(entry for entry in po if entry.msgctxt == identifier).msgstr = new_text
    return str(po).encode()


def upload(client, content, language="fr", name="translations-fr.po"):
    return client.post(
        IMPORT_URL, {"language": language, "file": SimpleUploadedFile(name, content)}
    )


def test_the_export_form_is_shown_until_it_is_filled_in(admin_client):
    response = admin_client.get(EXPORT_URL)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert 'name="language"' in response.content.decode()


def test_the_export_downloads_every_entry_as_a_po_file(admin_client):
    response = download(admin_client)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="translations-fr.po"'
    po = polib.pofile(response.content.decode())
    assert po.metadata["Language"] == "fr"
    assert [entry.msgctxt for entry in po] == [e.identifier for e in export_entries("fr")]


def test_the_export_of_one_section_as_xliff_holds_only_that_subtree(admin_client):
    section = ObjectiveIndexPage.objects.get()
    response = download(admin_client, file_format="xliff", section=str(section.pk))

    assert response["Content-Type"] == "application/xliff+xml; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="translations-fr.xlf"'
    root = SafeET.fromstring(response.content)
    unit_ids = [unit.get("id") for unit in root.iter(f"{XLIFF}unit")]
    assert unit_ids == [entry.identifier for entry in export_entries("fr", section=section.pk)]
    assert f"objectives.objectivepage:{objective().pk}:summary" in unit_ids
    assert len(unit_ids) < len(export_entries("fr"))


def test_a_translator_exports_and_imports_only_their_own_language(django_user_model):
    client = Client()
    client.force_login(make_translator(django_user_model, "fr"))

    assert download(client, language="fr").status_code == 200
    refused = download(client, language="en")
    assert refused["Content-Type"].startswith("text/html")  # the form again, with an error
    assert "language" in refused.context["form"].errors
    form = client.get(IMPORT_URL).context["form"]
    assert [code for code, _name in form.fields["language"].choices] == ["fr"]


def test_someone_without_the_translation_status_permission_is_refused(editor):
    client = Client()
    client.force_login(editor)

    for url in (EXPORT_URL, IMPORT_URL):
        response = client.get(url)
        # Wagtail turns the refusal into a redirect to the dashboard with a message.
        assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_upload_previews_the_changes_then_confirm_writes_them_as_drafts(admin_client, superuser):
    page = objective()
    identifier = f"objectives.objectivepage:{page.pk}:summary"
    content = edited_po(admin_client, identifier, "Un résumé revu par l’agence.")
    revisions = Revision.objects.count()

    preview = upload(admin_client, content)

    assert preview.status_code == 200
    report = preview.context["report"]
    assert report.dry_run and not report.errors
    assert [change.identifier for change in report.changes] == [identifier]
    html = preview.content.decode()
    assert "Un résumé revu par l’agence." in html
    # Named as an editor knows it: the page's title, the field's label and the language.
    change = report.changes[0]
    assert (change.item_label, change.label) == (page.title_nl, "Samenvatting")
    row = f"<td>{escape(page.title_nl)}</td><td>Samenvatting</td><td>{language_name('fr')}</td>"
    assert row in html
    assert 'name="confirm"' in preview.content.decode()
    assert Revision.objects.count() == revisions
    assert not objective().has_unpublished_changes

    # The confirmation sends back the file's text, carried in the preview's form.
    carried = preview.context["form"].initial
    confirmed = admin_client.post(
        IMPORT_URL, {"language": carried["language"], "content": carried["content"], "confirm": "1"}
    )

    assert confirmed.status_code == 200
    result = confirmed.context["report"]
    assert not result.dry_run and result.applied
    assert result.summary() == report.summary()
    assert 'name="confirm"' not in confirmed.content.decode()
    assert [m.level_tag for m in get_messages(confirmed.wsgi_request)] == ["success"]
    page = objective()
    assert page.has_unpublished_changes
    assert page.summary_fr != "Un résumé revu par l’agence."  # not published
    assert page.get_latest_revision_as_object().summary_fr == "Un résumé revu par l’agence."
    entry = PageLogEntry.objects.get(page=page, action="wagtail.edit")
    assert entry.user_id == superuser.pk
    assert entry.revision_id == page.latest_revision_id


def test_one_upload_is_one_action_in_the_pages_histories(admin_client):
    first, second = ObjectivePage.objects.order_by("path")[:2]
    po = polib.pofile(download(admin_client).content.decode())
    for entry in po:
        if entry.msgctxt in {
            f"objectives.objectivepage:{first.pk}:summary",
            f"objectives.objectivepage:{second.pk}:summary",
        }:
            entry.msgstr += " Revu."
    preview = upload(admin_client, str(po).encode())
    carried = preview.context["form"].initial

    admin_client.post(IMPORT_URL, {**carried, "confirm": "1"})

    entries = PageLogEntry.objects.filter(action="wagtail.edit", page__in=[first, second])
    assert entries.count() == 2
    uuids = {entry.uuid for entry in entries}  # Wagtail's log context of the request
    assert len(uuids) == 1 and None not in uuids


def test_a_file_that_cannot_be_read_is_refused_and_cannot_be_confirmed(admin_client):
    revisions = Revision.objects.count()

    response = upload(admin_client, b"not a translation file")

    report = response.context["report"]
    assert report.errors and not report.changes
    assert 'name="confirm"' not in response.content.decode()
    assert Revision.objects.count() == revisions


def test_a_file_that_is_not_utf8_is_refused_by_the_form(admin_client):
    response = upload(admin_client, 'msgid "é"'.encode("latin-1"))

    assert response.status_code == 200
    assert "report" not in response.context
    assert response.context["form"].errors
