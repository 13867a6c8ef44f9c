"""The translators' workspace on a site with one of every kind of translatable object:
a page, a snippet, the site settings, an image and a document."""

import polib
import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from strategy_site.models import SiteSettings
from tests.factories import PartnerOrganisationFactory, image_with_alt_text
from tests.translators import add_untranslated_project, make_translator

pytestmark = pytest.mark.django_db

STATUS_URL = "/admin/translation-status/"
EXPORT_URL = "/admin/translation-exchange/export/"
IMPORT_URL = "/admin/translation-exchange/import/"


@pytest.fixture
def one_of_each():
    project = add_untranslated_project(71, missing=("intro_en",))
    draft = project.get_latest_revision_as_object()
    draft.intro_nl = "Een herschreven inleiding."
    draft.save_revision()  # the French introduction now needs review
    partner = PartnerOrganisationFactory(name_fr="")
    settings = SiteSettings.objects.first()
    image = image_with_alt_text("Tour & Taxis", nl="Het Tour & Taxis-gebouw")
    document = get_document_model().objects.create(
        title="Strategienota",
        file=ContentFile(b"%PDF-1.4 test", name="strategie.pdf"),
        collection=Collection.get_first_root_node(),
    )
    return {
        "page": project,
        "snippet": partner,
        "setting": settings,
        "image": image,
        "document": document,
    }


def key(obj):
    return f"{obj._meta.label_lower}:{obj.pk}"


def test_every_view_opens_with_one_of_each_kind_of_object(admin_client, one_of_each):
    section = str(one_of_each["page"].get_parent().pk)
    filters = [
        "",
        "?language=nl",
        "?language=fr",
        "?language=en",
        "?status=complete",
        "?status=missing",
        "?status=needs_review",
        f"?section={section}",
        "?section=snippets",
        "?section=settings",
        "?section=media",
        "?language=fr&status=missing&section=media",
        "?page=2",
        "?page=not-a-number",
    ]
    for query in filters:
        assert admin_client.get(STATUS_URL + query).status_code == 200, query
    for kind in ("page", "snippet", "setting", "image"):
        review = admin_client.get(f"{STATUS_URL}review/{key(one_of_each[kind])}/")
        assert review.status_code == 200, kind
    for section_key in ("", section, "snippets", "settings", "media"):
        for file_format in ("po", "xliff"):
            query = {
                "language": "fr",
                "file_format": file_format,
                "only": "",
                "section": section_key,
            }
            download = admin_client.get(EXPORT_URL, query)
            assert download.status_code == 200, (section_key, file_format)
            assert download["Content-Disposition"].startswith("attachment")
    assert admin_client.get(IMPORT_URL).status_code == 200


def test_each_kind_of_object_is_listed_in_its_section(admin_client, one_of_each):
    listed = {}
    for section in (str(one_of_each["page"].get_parent().pk), "snippets", "settings", "media"):
        html = admin_client.get(f"{STATUS_URL}?section={section}&language=fr").content.decode()
        listed[section] = html
    page_section = listed[str(one_of_each["page"].get_parent().pk)]

    assert f'data-item="{key(one_of_each["page"])}"' in page_section
    assert f'data-item="{key(one_of_each["snippet"])}"' in listed["snippets"]
    assert f'data-item="{key(one_of_each["setting"])}"' in listed["settings"]
    assert f'data-item="{key(one_of_each["image"])}"' in listed["media"]
    assert f'data-item="{key(one_of_each["image"])}"' not in listed["snippets"]


def test_the_review_of_a_stale_page_shows_its_french_introduction(admin_client, one_of_each):
    review = admin_client.get(f"{STATUS_URL}review/{key(one_of_each['page'])}/")

    html = review.content.decode()
    assert "<ins>Een herschreven inleiding.</ins>" in html
    assert "Intro of project 71 in fr" in html


def test_the_exported_media_section_holds_the_image_alt_text(admin_client, one_of_each):
    query = {"language": "fr", "file_format": "po", "only": "missing", "section": "media"}
    po = polib.pofile(admin_client.get(EXPORT_URL, query).content.decode())

    assert [entry.msgctxt for entry in po] == [f"{key(one_of_each['image'])}:description"]
    assert po[0].msgid == "Het Tour & Taxis-gebouw"


def test_an_import_of_the_missing_alt_text_is_previewed(admin_client, one_of_each):
    query = {"language": "fr", "file_format": "po", "only": "missing", "section": "media"}
    po = polib.pofile(admin_client.get(EXPORT_URL, query).content.decode())
    po[0].msgstr = "Le bâtiment Tour & Taxis"

    preview = admin_client.post(
        IMPORT_URL,
        {"language": "fr", "file": SimpleUploadedFile("media-fr.po", str(po).encode())},
    )

    assert preview.status_code == 200
    assert "Le bâtiment Tour &amp; Taxis" in preview.content.decode()


def test_the_list_is_paginated_and_keeps_its_filters(admin_client, one_of_each):
    from tests.translators import add_bare_pages

    add_bare_pages(60)

    first = admin_client.get(STATUS_URL + "?language=fr").content.decode()
    second = admin_client.get(STATUS_URL + "?language=fr&page=2").content.decode()

    assert first.count('<tr data-item="') == 50
    assert 'href="?language=fr&amp;page=2#translation-items"' in first
    assert 0 < second.count('<tr data-item="') <= 50
    assert 'href="?language=fr&amp;page=1#translation-items"' in second


def test_the_translations_menu_lists_status_export_and_import(client, django_user_model):
    client.force_login(make_translator(django_user_model, "fr"))

    dashboard = client.get("/admin/").content.decode()

    for url in (STATUS_URL, EXPORT_URL, IMPORT_URL):
        assert url in dashboard
    assert "Translations" in dashboard or "Vertalingen" in dashboard


def test_the_review_shows_a_glossary_warning_beside_the_unit(admin_client, one_of_each):
    project = one_of_each["page"]
    draft = project.get_latest_revision_as_object()
    draft.intro_nl = "Samen met het Brussels Hoofdstedelijk Gewest."
    draft.intro_fr = "Avec la Région bruxelloise."
    draft.save_revision()

    html = admin_client.get(f"{STATUS_URL}review/{key(project)}/").content.decode()

    assert f'data-unit="cells.projectpage:{project.pk}:intro" data-language="fr"' in html
    assert "Région de Bruxelles-Capitale" in html
    assert 'data-check="glossary"' in html


def test_the_glossary_is_in_the_translations_menu(client, django_user_model):
    client.force_login(make_translator(django_user_model, "fr"))

    dashboard = client.get("/admin/").content.decode()
    glossary = client.get("/admin/snippets/translation_status/glossaryterm/")

    assert "/admin/snippets/translation_status/glossaryterm/" in dashboard
    assert glossary.status_code == 200
    assert "perspective.brussels" in glossary.content.decode()
