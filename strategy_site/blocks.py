"""The body blocks shared by the content pages (Cell, Objective, Project, content page).

A deliberately small set: editors structure text, they do not lay out pages. Each block
renders through its own template in `templates/components/blocks/`.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from strategy_site.editorial.rich_text_input import CheckedRichTextBlock
from strategy_site.link_validation import validate_link

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]

BODY_HELP_TEXT = _(
    "The page's main text in this language, built from blocks: headings, paragraphs, images, "
    "quotes, calls to action, key figures and partner or expert cards."
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Sub-heading (h3)"))],
        default="h2",
        help_text=_("Use a sub-heading only inside a section that has a section heading."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=120,
        help_text=_("Who said or wrote it, shown under the quote."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote_block.html"


class ImageWithCaptionBlock(blocks.StructBlock):
    """An image with its alt text (kept on the image, per language) and an optional caption."""

    image = ImageChooserBlock(
        label=_("Image"),
        help_text=_("The image needs alt text in this page's language: edit the image to add it."),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=255,
        help_text=_("Shown under the image for every visitor, e.g. a credit or what it shows."),
    )

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "components/blocks/image_block.html"


class CallToActionValue(blocks.StructValue):
    @property
    def href(self):
        page = self.get("page")
        if page is not None:
            return page.url
        return self.get("url") or ""


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Link text"),
        max_length=80,
        help_text=_("Says where the link leads, e.g. “Read the full strategy”. Not “click here”."),
    )
    page = blocks.PageChooserBlock(
        label=_("Page of this site"),
        required=False,
        help_text=_("Choose a page here, or fill in an external address below, not both."),
    )
    url = blocks.URLBlock(label=_("External address"), required=False, validators=[validate_link])

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "components/blocks/call_to_action_block.html"
        value_class = CallToActionValue

    def clean(self, value):
        value = super().clean(value)
        has_page = value.get("page") is not None
        has_url = bool(value.get("url"))
        if has_page == has_url:
            message = (
                _("Choose a page or enter an external address, not both.")
                if has_page
                else _("Choose a page or enter an external address.")
            )
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        label=_("Figure"),
        max_length=20,
        help_text=_("The number as it should read, e.g. 4, 27 % or € 2.5 million."),
    )
    label = blocks.CharBlock(
        label=_("What it counts"),
        max_length=120,
        help_text=_("Shown next to the figure, e.g. “partner regions”."),
    )
    source = blocks.CharBlock(
        label=_("Source"),
        required=False,
        max_length=255,
        help_text=_("Where the figure comes from."),
    )

    class Meta:
        icon = "order"
        label = _("Key figure")
        template = "components/blocks/key_figure_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = CheckedRichTextBlock(
        label=_("Paragraph"),
        features=PARAGRAPH_FEATURES,
        template="components/blocks/paragraph_block.html",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    key_figure = KeyFigureBlock()
    # By string: the shared blocks must not import the partners app (see docs/architecture.md).
    partner = SnippetChooserBlock(
        "partners.PartnerOrganisation",
        label=_("Partner reference"),
        icon="group",
        template="components/blocks/partner_reference_block.html",
        help_text=_("Shows the partner's card: name, description and website."),
    )
    expert = SnippetChooserBlock(
        "partners.Expert",
        label=_("Expert reference"),
        icon="user",
        template="components/blocks/expert_reference_block.html",
        help_text=_("Shows the expert's contact card."),
    )

    class Meta:
        label = _("Body")
