"""An import is held to what the edit form enforces: validation, links, locks, permissions."""

import json

import polib
import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.rich_text import RichText

from objectives.models import ObjectivePage
from partners.models import PartnerOrganisation
from strategy_site.images.models import SiteImage
from strategy_site.translation_exchange.catalogue import export_entries
from strategy_site.translation_exchange.forms import MAX_IMPORT_BYTES
from strategy_site.translation_exchange.importer import import_translations
from strategy_site.translation_exchange.po_format import write_po
from strategy_site.translation_exchange.xliff_format import write_xliff
from tests.factories import image_with_alt_text
from tests.translation_exchange.former_format import whole_field_entry
from tests.translators import make_translator

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/translation-exchange/import/"
ENGLISH = {"accept-language": "en"}
BAD_LINKS = [
    "javascript:alert(document.cookie)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    'https://example.org/"><script>alert(1)</script>',
]


def objective():
    return ObjectivePage.objects.order_by("path").first()


def objective_with_a_body():
    """The first objective with a Dutch paragraph in its body (the seed gives objectives
    none), so the export has a body segment."""
    page = objective()
    page.body_nl = [("paragraph", RichText("<p>Samenwerking met Vlaanderen en Wallonië.</p>"))]
    page.save_revision().publish()
    return page


def partner():
    organisation = PartnerOrganisation.objects.order_by("pk").first()
    organisation.website_nl = "https://www.example.be/nl/"
    organisation.website_fr = "https://www.example.be/fr/"
    organisation.save()
    return organisation


def po_with(targets, language="fr"):
    """A PO file of just these identifiers, their translations replaced by `targets`.

    A StreamField named as a whole (`…:body`) is written in the former whole-field HTML
    format, which the importer still reads: the one way a file can carry a block's URL.
    """
    exported = {e.identifier: e for e in export_entries(language)}
    entries = []
    for identifier, target in targets.items():
        if identifier in exported:
            entry = exported[identifier]
            entry.target = target(entry.target) if callable(target) else target
        else:
            label, pk, field = identifier.split(":")
            obj = apps.get_model(label).objects.get(pk=pk)
            entry = whole_field_entry(obj, field, target)
        entries.append(entry)
    return write_po(entries, language)


def upload(client, content, language="fr"):
    file = SimpleUploadedFile("translations.po", content.encode())
    return client.post(IMPORT_URL, {"language": language, "file": file}, headers=ENGLISH)


def confirm(client, preview):
    data = {**preview.context["form"].initial, "confirm": "1"}
    return client.post(IMPORT_URL, data, headers=ENGLISH)


@pytest.fixture
def translator(django_user_model):
    return make_translator(django_user_model, "fr")


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


@pytest.mark.parametrize("bad_link", BAD_LINKS)
def test_a_dangerous_partner_website_is_refused_and_the_rest_imported(translator_client, bad_link):
    organisation = partner()
    summary = f"objectives.objectivepage:{objective().pk}:summary"
    website = f"partners.partnerorganisation:{organisation.pk}:website"
    content = po_with({website: bad_link, summary: "Un résumé revu par l’agence."})

    preview = upload(translator_client, content)
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "http://, https://, mailto: or tel:" in page
    confirmed = confirm(translator_client, preview)

    assert confirmed.status_code == 200
    report = confirmed.context["report"]
    assert [identifier for identifier, _reason in report.errors] == [website]
    assert [change.identifier for change in report.changes] == [summary]
    organisation.refresh_from_db()
    assert organisation.website_fr == "https://www.example.be/fr/"
    draft = ObjectivePage.objects.get(pk=objective().pk).get_latest_revision_as_object()
    assert draft.summary_fr == "Un résumé revu par l’agence."


def with_call_to_action(page):
    block = ("call_to_action", {"label": "Lees meer", "page": None, "url": "https://example.org/"})
    page.body_nl = [block, *[(c.block_type, c.value) for c in page.body_nl]]
    french = (
        "call_to_action",
        {"label": "En savoir plus", "page": None, "url": "https://example.org/"},
    )
    page.body_fr = [french, *[(c.block_type, c.value) for c in page.body_fr or []]]
    page.save_revision().publish()
    return ObjectivePage.objects.get(pk=page.pk)


def with_link(url):
    def edit(html):
        soup = BeautifulSoup(html, "html.parser")
        soup.find(attrs={"data-block": "call_to_action"})["data-url"] = json.dumps(url)
        return str(soup)

    return edit


@pytest.mark.parametrize("bad_link", BAD_LINKS)
def test_a_dangerous_call_to_action_link_is_refused_by_the_blocks_validation(superuser, bad_link):
    page = with_call_to_action(objective())
    body = f"objectives.objectivepage:{page.pk}:body"

    with translation.override("en"):
        dry = import_translations(
            po_with({body: with_link(bad_link)}), "fr", dry_run=True, user=superuser
        )
        report = import_translations(po_with({body: with_link(bad_link)}), "fr", user=superuser)

    assert dry.errors == report.errors and [e[0] for e in report.errors] == [body]
    assert not report.changes
    assert "http://, https://, mailto: or tel:" in report.errors[0][1]
    latest = ObjectivePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert latest.body_fr[0].value["url"] == "https://example.org/"


def test_a_safe_call_to_action_link_is_imported(superuser):
    page = with_call_to_action(objective())
    body = f"objectives.objectivepage:{page.pk}:body"

    report = import_translations(
        po_with({body: with_link("https://example.org/fr/")}), "fr", user=superuser
    )

    assert not report.errors and len(report.changes) == 1
    latest = ObjectivePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert latest.body_fr[0].value["url"] == "https://example.org/fr/"


def test_a_block_the_form_would_refuse_is_refused(superuser):
    page = with_call_to_action(objective())
    body = f"objectives.objectivepage:{page.pk}:body"

    with translation.override("en"):
        report = import_translations(po_with({body: with_link("")}), "fr", user=superuser)

    assert [e[0] for e in report.errors] == [body]
    assert "Choose a page or enter an external address." in report.errors[0][1]


def test_a_translator_without_image_permission_cannot_write_alt_text(translator, superuser):
    image = image_with_alt_text("Canal", nl="Het kanaal")
    alt_text = f"site_images.siteimage:{image.pk}:description"
    content = po_with({alt_text: "Le canal"})

    with translation.override("en"):
        refused = import_translations(content, "fr", user=translator)
    allowed = import_translations(content, "fr", user=superuser)

    assert refused.errors == [(alt_text, "You are not allowed to change “Canal”.")]
    assert not refused.changes
    assert [change.identifier for change in allowed.changes] == [alt_text]
    assert SiteImage.objects.get(pk=image.pk).description_fr == "Le canal"


def test_a_locked_page_is_refused_with_a_clear_message(translator_client, editor):
    page = objective()
    page.locked, page.locked_by = True, editor
    page.save(update_fields=["locked", "locked_by"])
    summary = f"objectives.objectivepage:{page.pk}:summary"

    response = upload(translator_client, po_with({summary: "Un résumé sur une page verrouillée."}))

    report = response.context["report"]
    assert [e[0] for e in report.errors] == [summary] and not report.changes
    assert f"“{page.title_nl}” is locked." in response.content.decode()
    assert not ObjectivePage.objects.get(pk=page.pk).has_unpublished_changes


@pytest.mark.parametrize(
    "identifier",
    ["objectives.objectivepage:abc:summary", "objectives.objectivepage:1 OR 1=1:summary", ":::"],
)
def test_a_non_numeric_object_id_is_a_per_unit_error(admin_client, identifier):
    content = po_with({f"objectives.objectivepage:{objective().pk}:summary": "Un résumé."})
    content += f'\nmsgctxt "{identifier}"\nmsgid "Iets"\nmsgstr "Quelque chose"\n'

    response = upload(admin_client, content)

    assert response.status_code == 200
    report = response.context["report"]
    assert report.errors == [(identifier, "Unknown identifier.")]
    assert len(report.changes) == 1


def test_thousands_of_nested_inline_tags_are_a_per_unit_error(admin_client):
    page = objective()
    page.body_fr = [("paragraph", RichText("<p>Un paragraphe.</p>"))]
    page.save_revision().publish()
    body = f"objectives.objectivepage:{page.pk}:body"
    nested = "<b>" * 5000 + "texte" + "</b>" * 5000
    paragraph = f'<div data-block="paragraph"><p>{nested}</p></div>'

    response = upload(admin_client, po_with({body: paragraph}))

    assert response.status_code == 200
    report = response.context["report"]
    assert [e[0] for e in report.errors] == [body]
    assert "more than 40 tags nested" in report.errors[0][1]


def test_thousands_of_nested_placeholders_in_a_segment_are_an_error_of_that_segment(superuser):
    page = objective_with_a_body()
    segment = next(
        e
        for e in export_entries("fr")
        if e.identifier.startswith(f"{page._meta.label_lower}:{page.pk}:body:")
    )
    nested = (
        "".join(f"{{{n}}}" for n in range(1, 5001))
        + "texte"
        + "".join(f"{{/{n}}}" for n in range(5000, 0, -1))
    )

    po = polib.pofile(po_with({segment.identifier: "to be replaced"}))
    po[0].msgstr = nested

    with translation.override("en"):
        report = import_translations(str(po), "fr", user=superuser)

    assert [e[0] for e in report.errors] == [segment.identifier]
    assert "more than 40 tags nested" in report.errors[0][1]


def test_thousands_of_nested_inline_codes_in_xliff_are_an_error_of_that_segment(superuser):
    page = objective_with_a_body()
    entries = [
        e
        for e in export_entries("fr")
        if e.identifier.startswith(f"{page._meta.label_lower}:{page.pk}:body:")
    ][:1]
    entries[0].target = "PLACEHOLDER"
    nested = '<pc id="1">' * 5000 + "texte" + "</pc>" * 5000
    document = write_xliff(entries, "fr").replace("PLACEHOLDER", nested)

    with translation.override("en"):
        report = import_translations(document, "fr", user=superuser)

    assert [e[0] for e in report.errors] == [entries[0].identifier]
    assert "more than 40 tags nested" in report.errors[0][1]


def test_the_upload_form_states_the_size_limit_and_refuses_a_larger_file(admin_client):
    form = admin_client.get(IMPORT_URL, headers=ENGLISH).content.decode()
    assert "A PO or XLIFF file of at most 5.0\xa0MB." in form

    too_large = "#" * (MAX_IMPORT_BYTES + 1)
    response = upload(admin_client, too_large)

    assert response.status_code == 200
    assert "report" not in response.context
    assert "The file is larger than 5.0\xa0MB" in response.content.decode()


def test_a_file_of_nearly_five_megabytes_can_be_previewed_and_confirmed(admin_client):
    summary = f"objectives.objectivepage:{objective().pk}:summary"
    content = po_with({summary: "Un résumé."})
    content = "# " + "x" * (MAX_IMPORT_BYTES - len(content.encode()) - 10) + "\n" + content

    preview = upload(admin_client, content)
    confirmed = confirm(admin_client, preview)

    assert confirmed.status_code == 200
    assert [change.identifier for change in confirmed.context["report"].changes] == [summary]
