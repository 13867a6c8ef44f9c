"""One link rule for the models' URL fields, the URL blocks and imports."""

import pytest
from django.core.exceptions import ValidationError

from partners.models import PartnerOrganisation
from strategy_site.blocks import CallToActionBlock
from strategy_site.link_validation import validate_link
from strategy_site.models import FooterLink, SocialLink

BAD_LINKS = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    'https://example.org/"><script>alert(1)</script>',
    "https://example.org/ onmouseover=alert(1)",
    "ftp://example.org/file",
    "//example.org/",
]
GOOD_LINKS = [
    "https://www.example.be/fr/",
    "http://example.org/a?b=c#d",
    "mailto:info@example.org",
    "tel:+3221234567",
]


@pytest.mark.parametrize("link", GOOD_LINKS)
def test_web_mail_and_phone_links_pass(link):
    validate_link(link)


@pytest.mark.parametrize("link", BAD_LINKS)
def test_other_schemes_and_attribute_breakers_are_refused(link):
    with pytest.raises(ValidationError):
        validate_link(link)


@pytest.mark.parametrize("link", BAD_LINKS[:5])
def test_the_models_url_fields_refuse_them(link):
    for model, field in (
        (PartnerOrganisation, "website_fr"),
        (FooterLink, "url"),
        (SocialLink, "url"),
    ):
        with pytest.raises(ValidationError):
            model._meta.get_field(field).clean(link, model())


@pytest.mark.parametrize("link", BAD_LINKS[:5])
def test_the_call_to_action_block_refuses_them(link):
    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Lire", "page": None, "url": link}))
