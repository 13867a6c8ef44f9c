"""The contact page, the footer and their channels: shown only where they exist."""

import pytest
from wagtail.models import Site

from partners.models import Expert
from strategy_site.models import SiteSettings
from tests.pages import LANGUAGES, SEEDED_URLS, visible_text

pytestmark = pytest.mark.django_db

HOW_TO_REACH = {
    "nl": "Hoe bereikt u perspective.brussels",
    "fr": "Comment joindre perspective.brussels",
    "en": "How to reach perspective.brussels",
}
LABELS = {
    "nl": ("E-mail", "Telefoon", "Postadres", "Contactformulier"),
    "fr": ("E-mail", "Téléphone", "Adresse postale", "Formulaire de contact"),
    "en": ("E-mail", "Phone", "Postal address", "Contact form"),
}
EXPERTS_LINK = {
    "nl": "Contactgegevens van onze experts",
    "fr": "Coordonnées de nos experts",
    "en": "Contact details of our experts",
}


def settings_of_the_site():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def footer_of(document):
    return document.split('<footer class="site-footer"', 1)[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_no_channel_configured_nothing_promises_contact(client, language):
    document = client.get(SEEDED_URLS["contact"][language]).content.decode()
    text = visible_text(client.get(SEEDED_URLS["contact"][language]))

    assert HOW_TO_REACH[language] not in text
    assert "mailto:" not in document and "tel:" not in document
    assert EXPERTS_LINK[language] not in footer_of(document)
    assert "Alfredo Corbalan" in text  # the experts the source names are still shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_channels_configured_in_the_settings_are_shown_and_only_those(client, language):
    settings = settings_of_the_site()
    settings.contact_email = "info@example.org"
    settings.contact_phone = "+32 2 000 00 00"
    settings.address_nl = "Teststraat 1\n1000 Brussel"
    settings.address_fr = "Rue de l’Essai 1\n1000 Bruxelles"
    settings.address_en = "Teststraat 1\n1000 Brussels"
    settings.save()

    document = client.get(SEEDED_URLS["contact"][language]).content.decode()
    text = visible_text(client.get(SEEDED_URLS["contact"][language]))

    email, phone, address, form = LABELS[language]
    assert HOW_TO_REACH[language] in text
    assert f"{email} info@example.org" in text
    assert f"{phone} +32 2 000 00 00" in text
    assert address in text
    assert {"nl": "1000 Brussel", "fr": "1000 Bruxelles", "en": "1000 Brussels"}[language] in text
    assert form not in text  # no contact form address was given
    assert 'href="mailto:info@example.org"' in footer_of(document)
    assert 'href="tel:+3220000000"' in footer_of(document)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_contact_form_address_is_linked_in_its_language(client, language):
    settings = settings_of_the_site()
    for code in LANGUAGES:
        setattr(settings, f"contact_form_url_{code}", f"https://forms.example.org/{code}/")
    settings.save()

    document = client.get(SEEDED_URLS["contact"][language]).content.decode()

    assert LABELS[language][3] in visible_text(client.get(SEEDED_URLS["contact"][language]))
    assert f'href="https://forms.example.org/{language}/"' in document
    assert "mailto:" not in document


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_links_to_the_experts_once_one_can_be_reached(client, language):
    Expert.objects.filter(last_name="De Meyer").update(phone="+32 2 000 00 01")

    footer = footer_of(client.get(SEEDED_URLS["home"][language]).content.decode())

    assert EXPERTS_LINK[language] in footer
    assert f'href="{SEEDED_URLS["contact"][language]}"' in footer
