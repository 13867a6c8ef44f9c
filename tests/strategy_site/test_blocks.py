"""The body blocks: each renders through its own accessible template."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.rich_text import RichText

from objectives.models import ObjectivePage
from partners.models import Expert, PartnerOrganisation
from strategy_site.blocks import BodyBlock, CallToActionBlock
from tests.factories import image_with_alt_text

pytestmark = pytest.mark.django_db


def test_the_block_set_is_the_agreed_small_one():
    assert list(BodyBlock().child_blocks) == [
        "heading",
        "paragraph",
        "image",
        "quote",
        "call_to_action",
        "key_figure",
        "partner",
        "expert",
    ]


def test_headings_offer_only_h2_and_h3():
    choices = BodyBlock().child_blocks["heading"].child_blocks["level"].field.choices
    assert [value for value, _label in choices if value] == ["h2", "h3"]


def test_paragraphs_allow_only_bold_italic_links_and_lists():
    assert BodyBlock().child_blocks["paragraph"].features == ["bold", "italic", "link", "ol", "ul"]


def test_every_block_renders_on_a_french_page(client):
    page = ObjectivePage.objects.order_by("number").first()
    index_page = page.get_parent()
    image = image_with_alt_text("Canal", nl="Het kanaal", fr="Le canal de Bruxelles")
    partner = PartnerOrganisation.objects.first()
    expert = Expert.objects.first()
    page.body_fr = [
        ("heading", {"text": "Une section", "level": "h2"}),
        ("heading", {"text": "Une sous-section", "level": "h3"}),
        ("paragraph", RichText("<p>Un <b>paragraphe</b>.</p>")),
        ("image", {"image": image, "caption": "Le canal en 2024"}),
        ("quote", {"quote": "Bruxelles, ville ouverte.", "attribution": "Une experte"}),
        ("call_to_action", {"label": "Voir les objectifs", "page": index_page, "url": ""}),
        ("call_to_action", {"label": "Site externe", "page": None, "url": "https://example.org/"}),
        ("key_figure", {"figure": "27 %", "label": "de partenaires européens", "source": "2024"}),
        ("partner", partner),
        ("expert", expert),
    ]
    page.save_revision().publish()

    with translation.override("fr"):
        document = client.get(page.get_url()).content.decode()
        parent_url = index_page.get_url()

    assert "<h2>Une section</h2>" in document and "<h3>Une sous-section</h3>" in document
    assert "<b>paragraphe</b>" in document
    assert 'alt="Le canal de Bruxelles"' in document and 'srcset="' in document
    assert ".webp" in document and 'width="' in document and 'height="' in document
    assert "<figcaption>Le canal en 2024</figcaption>" in document
    assert "<blockquote><p>Bruxelles, ville ouverte.</p></blockquote>" in document
    assert f'href="{parent_url}">Voir les objectifs</a>' in document
    assert 'href="https://example.org/">Site externe</a>' in document
    assert "27 %" in document and "de partenaires européens" in document
    assert partner.name_fr in document
    assert expert.full_name in document and expert.role_fr in document


def test_a_call_to_action_needs_exactly_one_destination():
    block = CallToActionBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Nulle part", "page": None, "url": ""}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Deux", "page": 3, "url": "https://example.org/"}))
    assert block.clean(block.to_python({"label": "Un", "page": None, "url": "https://a.be/"}))
