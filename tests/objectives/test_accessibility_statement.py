"""The accessibility statement in the EU model's sections, in three languages."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Site

from objectives.models import AccessibilityStatementPage, ContentPage
from strategy_site.models import SeedRecord, SiteSettings
from strategy_site.seed import strategy_content as content
from tests.pages import LANGUAGES, SEEDED_URLS, plain, visible_text

pytestmark = pytest.mark.django_db

HEADINGS = {
    "nl": ("Nalevingsstatus", "Opstelling van deze toegankelijkheidsverklaring"),
    "fr": ("État de conformité", "Établissement de la présente déclaration d’accessibilité"),
    "en": ("Compliance status", "Preparation of this accessibility statement"),
}
STATUS = {
    "nl": "Deze website is gedeeltelijk conform de Web Content Accessibility Guidelines",
    "fr": "Ce site est partiellement conforme aux Règles pour l’accessibilité des contenus Web",
    "en": "This website is partially compliant with the Web Content Accessibility Guidelines",
}
PREPARED = {
    "nl": "Deze verklaring werd opgesteld op 1 december 2026.",
    "fr": "La présente déclaration a été établie le 1er décembre 2026.",
    "en": "This statement was prepared on 1 December 2026.",
}
METHOD = {
    "nl": "Gebruikte methode: Zelfbeoordeling.",
    "fr": "Méthode utilisée : Autoévaluation.",
    "en": "Method used: Self-assessment.",
}
FEEDBACK = {"nl": "Feedback en contactgegevens", "fr": "Retour d’information", "en": "Feedback"}
ENFORCEMENT = {
    "nl": "Handhavingsprocedure",
    "fr": "Procédure de mise en œuvre",
    "en": "Enforcement procedure",
}


def statement():
    return AccessibilityStatementPage.objects.get()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_seeded_statement_has_the_eu_model_sections_and_promises_nothing_unset(
    client, language
):
    response = client.get(SEEDED_URLS["accessibility"][language])
    text = visible_text(response)
    seeded = content.ACCESSIBILITY_PAGE

    assert response.status_code == 200
    for heading in HEADINGS[language]:
        assert heading in text
    assert STATUS[language] in text
    assert PREPARED[language] in text
    assert METHOD[language] in text
    assert plain(seeded["assessment_details"][language]) in text
    assert "axe-core" in text
    assert plain(seeded["compliance_explanation"][language]) in text
    # The source gives no feedback address or enforcement body: no section pretends one.
    assert FEEDBACK[language] not in text
    assert ENFORCEMENT[language] not in text
    assert "mailto:" not in response.content.decode().split("<main", 1)[1].split("</main>")[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_feedback_and_enforcement_appear_once_an_editor_fills_them(client, language):
    page = statement()
    page.feedback_email = "toegankelijkheid@example.org"
    for code in LANGUAGES:
        setattr(page, f"enforcement_body_{code}", f"Test body ({code})")
        setattr(page, f"enforcement_url_{code}", f"https://enforcement.example.org/{code}/")
    page.save_revision().publish()

    response = client.get(SEEDED_URLS["accessibility"][language])
    text = visible_text(response)

    assert FEEDBACK[language] in text
    assert 'href="mailto:toegankelijkheid@example.org"' in response.content.decode()
    assert ENFORCEMENT[language] in text
    assert f"Test body ({language})" in text
    assert f'href="https://enforcement.example.org/{language}/"' in response.content.decode()


def test_without_its_own_address_the_statement_offers_the_organisations_channels(client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_phone = "+32 2 000 00 00"
    settings.save()

    text = visible_text(client.get(SEEDED_URLS["accessibility"]["fr"]))

    assert "Retour d’information et coordonnées" in text
    assert "Téléphone +32 2 000 00 00" in text


def test_a_non_accessible_item_is_listed_under_its_reason(client):
    from objectives.models import InaccessibleContent

    page = statement()
    page.inaccessible_items = [
        InaccessibleContent(
            reason="disproportionate-burden",
            description_nl="Oude pdf-verslagen",
            description_fr="Anciens rapports PDF",
            description_en="Old PDF reports",
        )
    ]
    page.save_revision().publish()

    text = visible_text(client.get(SEEDED_URLS["accessibility"]["en"]))

    assert "Non-accessible content Disproportionate burden Old PDF reports" in text


def test_a_rerun_turns_the_plain_page_an_earlier_seed_wrote_into_the_structured_statement(
    client,
):
    from wagtail.rich_text import RichText

    from strategy_site.seed.corrections import earlier_values
    from tests.strategy_site.test_load_strategy import load

    old_statement = statement()
    home = old_statement.get_parent()
    slugs = {f"slug_{code}": getattr(old_statement, f"slug_{code}") for code in LANGUAGES}
    old_statement.delete()
    body = earlier_values()["accessibility_body"]
    plain_page = ContentPage(
        title="Toegankelijkheidsverklaring",
        **slugs,
        **{f"title_{code}": content.ACCESSIBILITY_PAGE["title"][code] for code in LANGUAGES},
        **{f"body_{code}": [("paragraph", RichText(body[code]))] for code in LANGUAGES},
    )
    home.add_child(instance=plain_page)
    plain_page.save_revision().publish()
    SeedRecord.objects.filter(key="page:accessibility").update(
        object_id=plain_page.pk, content_type=ContentType.objects.get_for_model(ContentPage)
    )
    assert "via de contactpagina" in visible_text(client.get(SEEDED_URLS["accessibility"]["nl"]))

    output = load()

    assert "left as it is" not in output
    assert not ContentPage.objects.filter(pk=plain_page.pk).exists()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.accessibility_page_id == statement().pk
    for language in LANGUAGES:
        text = visible_text(client.get(SEEDED_URLS["accessibility"][language]))
        assert STATUS[language] in text


def test_the_review_date_is_a_date_editors_can_set():
    page = statement()
    assert page.reviewed_on == datetime.date(2026, 12, 1)
