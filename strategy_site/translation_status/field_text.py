"""A translatable field's value as translators handle it, and back again.

Plain fields are their text. Rich text is Wagtail's stored HTML. A StreamField becomes one
HTML fragment: each block a `<div data-block="type">`, each text part of a struct a
`<div data-field="name">`, other values (a heading level, a chosen page) a JSON attribute.
Text coming back is checked for well-formed HTML and rich text is cleaned by Wagtail's own
editor converter for the field's features, exactly as if it had been typed in the admin.
"""

import hashlib
import json
import re
import uuid
from html import escape
from html.parser import HTMLParser

from bs4 import BeautifulSoup, Tag
from django.db import models
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.fields import RichTextField, StreamField

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)
# Real text nests a few levels (a link in bold in a list item); thousands of nested tags are
# an attack on the parsers' recursion, refused before any of them runs.
MAX_NESTING = 40
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}


class InvalidText(ValueError):
    """Text that cannot become the field's value: malformed HTML or an unknown block."""


# -- reading --------------------------------------------------------------------------------
def field_kind(model_field):
    if isinstance(model_field, StreamField):
        return "stream"
    if isinstance(model_field, RichTextField):
        return "rich_text"
    return "text"


def field_text(instance, field_name, language):
    """The value of `field_name` in `language`, as text (HTML for rich text and streams)."""
    value = getattr(instance, build_localized_fieldname(field_name, language))
    model_field = instance._meta.get_field(field_name)
    if isinstance(model_field, StreamField):
        return stream_to_html(model_field.stream_block, value) if value else ""
    if value is None:
        return ""
    return str(value)


def value_text(model_field, value):
    """The text of a value for a field like `model_field` (as `field_text` reads it)."""
    if isinstance(model_field, StreamField):
        return stream_to_html(model_field.stream_block, value) if value else ""
    return "" if value is None else str(value)


def stream_to_html(block, value):
    return "".join(
        _wrapped("div", {"data-block": child.block_type}, child.block, child.value)
        for child in value
    )


def _wrapped(tag, attrs, block, value):
    extra_attrs, inner = _attrs_and_inner(block, value)
    attrs = {**attrs, **extra_attrs}
    rendered = "".join(f' {name}="{escape(str(val), quote=True)}"' for name, val in attrs.items())
    return f"<{tag}{rendered}>{inner}</{tag}>"


def _attrs_and_inner(block, value):
    if isinstance(block, blocks.BaseStreamBlock):
        return {}, stream_to_html(block, value)
    if isinstance(block, blocks.StructBlock):
        attrs, inner = {}, []
        for name, child in block.child_blocks.items():
            child_value = value.get(name)
            if _is_nested(child):
                inner.append(_wrapped("div", {"data-field": name}, child, child_value))
            else:
                attrs[f"data-{name}"] = json.dumps(child.get_prep_value(child_value))
        return attrs, "".join(inner)
    if isinstance(block, blocks.ListBlock):
        return {}, "".join(
            _wrapped("div", {"data-item": ""}, block.child_block, item) for item in value
        )
    if isinstance(block, blocks.RichTextBlock):
        return {}, value.source if value else ""
    if isinstance(block, TEXT_BLOCKS):
        return {}, escape(value or "", quote=False)
    return {"data-value": json.dumps(block.get_prep_value(value))}, ""


def _is_nested(block):
    return isinstance(
        block, (*TEXT_BLOCKS, blocks.BaseStreamBlock, blocks.StructBlock, blocks.ListBlock)
    )


# -- comparing ------------------------------------------------------------------------------
_BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')
_BETWEEN_TAGS = re.compile(r">\s+<")
_SYNONYMS = (("<strong>", "<b>"), ("</strong>", "</b>"), ("<em>", "<i>"), ("</em>", "</i>"))


def canonical(text):
    """The text with the differences that mean nothing removed.

    The rich text editor adds block keys and may write <b> for <strong>; an unchanged text
    must never look changed (no false "needs review", no phantom import changes).
    """
    text = _BETWEEN_TAGS.sub("><", _BLOCK_KEY.sub("", (text or "").replace("\r\n", "\n")))
    for old, new in _SYNONYMS:
        text = text.replace(old, new)
    return text.strip()


def text_hash(text):
    return hashlib.sha256(canonical(text).encode()).hexdigest()[:32]


def is_filled(text):
    return bool(re.sub(r"<[^>]*>", "", canonical(text)).strip()) or "<img" in (text or "")


def for_export(text):
    """The text handed to translators: without the editor's internal block keys."""
    return _BLOCK_KEY.sub("", text or "")


# -- writing --------------------------------------------------------------------------------
class _BalanceChecker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open_tags = []
        self.problem = None

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_ELEMENTS:
            self.open_tags.append(tag)
            if len(self.open_tags) > MAX_NESTING and not self.problem:
                self.problem = _("more than %(max)d tags nested") % {"max": MAX_NESTING}

    def handle_endtag(self, tag):
        if tag in VOID_ELEMENTS or self.problem:
            return
        if not self.open_tags or self.open_tags[-1] != tag:
            expected = self.open_tags[-1] if self.open_tags else None
            self.problem = (
                _("</%(tag)s> closes <%(expected)s>") % {"tag": tag, "expected": expected}
                if expected
                else _("</%(tag)s> closes nothing") % {"tag": tag}
            )
            return
        self.open_tags.pop()


def check_well_formed(html):
    checker = _BalanceChecker()
    checker.feed(html)
    checker.close()
    if checker.problem:
        raise InvalidText(_("Malformed HTML: %(problem)s.") % {"problem": checker.problem})
    if checker.open_tags:
        raise InvalidText(
            _("Malformed HTML: <%(tag)s> is never closed.") % {"tag": checker.open_tags[-1]}
        )


def sanitise_rich_text(html, features):
    """Clean HTML through the rich text editor's own converter for these features."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(["script", "style", "template"]):
        element.decompose()
    converter = ContentstateConverter(features=features)
    return converter.to_database_format(converter.from_database_format(str(soup)))


def value_from_text(model_field, text):
    """The value to store for `text` in a field like `model_field` (raises InvalidText)."""
    kind = field_kind(model_field)
    if kind == "text":
        if isinstance(model_field, models.CharField) and len(text) > model_field.max_length:
            raise InvalidText(
                _("Longer than %(max)d characters.") % {"max": model_field.max_length}
            )
        return text
    check_well_formed(text)
    if kind == "rich_text":
        return sanitise_rich_text(text, model_field.features) if text.strip() else ""
    block = model_field.stream_block
    soup = BeautifulSoup(text, "html.parser")
    return block.to_python(_stream_data(block, soup))


def _element_children(element):
    children = []
    for child in element.children:
        if isinstance(child, Tag):
            children.append(child)
        elif str(child).strip():
            raise InvalidText(_("Text outside a block: “%(text)s”.") % {"text": child.strip()})
    return children


def _stream_data(block, element):
    data = []
    for child in _element_children(element):
        block_type = child.get("data-block")
        if block_type not in block.child_blocks:
            raise InvalidText(_("Unknown block “%(type)s”.") % {"type": block_type})
        data.append(
            {
                "type": block_type,
                "value": _block_data(block.child_blocks[block_type], child),
                "id": str(uuid.uuid4()),
            }
        )
    return data


def _block_data(block, element):
    if isinstance(block, blocks.BaseStreamBlock):
        return _stream_data(block, element)
    if isinstance(block, blocks.StructBlock):
        nested = {child.get("data-field"): child for child in _element_children(element)}
        data = {}
        for name, child_block in block.child_blocks.items():
            if _is_nested(child_block):
                data[name] = _block_data(child_block, nested[name]) if name in nested else ""
            elif element.has_attr(f"data-{name}"):
                data[name] = _json_attribute(element, f"data-{name}")
        return data
    if isinstance(block, blocks.ListBlock):
        return [_block_data(block.child_block, item) for item in _element_children(element)]
    if isinstance(block, blocks.RichTextBlock):
        inner = element.decode_contents()
        return sanitise_rich_text(inner, block.features) if inner.strip() else ""
    if isinstance(block, TEXT_BLOCKS):
        return element.get_text()
    return _json_attribute(element, "data-value")


def _json_attribute(element, name):
    try:
        return json.loads(element.get(name, "null"))
    except json.JSONDecodeError as error:
        raise InvalidText(_("Attribute %(name)s is not valid JSON.") % {"name": name}) from error
