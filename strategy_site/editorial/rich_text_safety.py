"""Rich text is sanitised whenever it is saved, whatever wrote it.

Wagtail's editor already stores only the features a field allows, but rich text also
arrives from the seed loader, translation imports and scripts, and Wagtail's ``richtext``
filter does not clean what it renders. So every ``RichTextField`` and every
``RichTextBlock`` inside a ``StreamField`` goes through an allow-list (nh3, the Ammonia
sanitiser) before it reaches the database: no ``<script>``, no ``on…`` event handler, no
``javascript:`` link. Wagtail's database format (``<a linktype="page" id="3">``,
``<embed embedtype="image" …/>``) is kept.
"""

import functools

import nh3
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from strategy_site.link_validation import ALLOWED_LINK_SCHEMES

ALLOWED_TAGS = {
    "p", "br", "b", "strong", "i", "em", "u", "a", "ul", "ol", "li",
    "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "code", "sub", "sup", "embed",
}  # fmt: skip
# The editor's paragraph keys are kept: translations find each paragraph by them
# (`translation_status.segments`), and they are inert data attributes.
KEYED_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
ALLOWED_ATTRIBUTES = {
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
    **{tag: {"data-block-key"} for tag in KEYED_BLOCKS},
}
ALLOWED_URL_SCHEMES = set(ALLOWED_LINK_SCHEMES)


def clean_rich_text(html):
    """The HTML with everything outside the allow-list removed (idempotent)."""
    if not html:
        return html
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=None,
    )


def clean_block_value(block, value):
    if isinstance(block, blocks.RichTextBlock) and isinstance(value, RichText):
        cleaned = clean_rich_text(value.source)
        return value if cleaned == value.source else RichText(cleaned)
    if isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if name in value:
                value[name] = clean_block_value(child_block, value[name])
        return value
    if isinstance(block, blocks.ListBlock) and isinstance(value, ListValue):
        for index, item in enumerate(value):
            value[index] = clean_block_value(block.child_block, item)
        return value
    if isinstance(block, blocks.StreamBlock) and isinstance(value, StreamValue):
        clean_stream_value(value)
    return value


def clean_stream_value(stream_value):
    for index, child in enumerate(stream_value):
        cleaned = clean_block_value(child.block, child.value)
        if cleaned is not child.value:
            stream_value[index] = (child.block_type, cleaned, child.id)


@functools.cache
def rich_text_fields(model):
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField | StreamField)
    ]


@receiver(pre_save, dispatch_uid="strategy_site.sanitise_rich_text")
def sanitise_rich_text(sender, instance, raw=False, **kwargs):
    if raw:  # loading fixtures: stored as-is, as Django expects
        return
    for field in rich_text_fields(sender):
        # Read the stored attribute, not modeltranslation's per-language descriptor.
        value = instance.__dict__.get(field.attname)
        if isinstance(field, RichTextField) and isinstance(value, str):
            instance.__dict__[field.attname] = clean_rich_text(value)
        elif isinstance(field, StreamField) and isinstance(value, StreamValue):
            clean_stream_value(value)
