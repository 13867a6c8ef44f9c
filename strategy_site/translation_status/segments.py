"""Rich text and StreamField values as translation segments, and back.

A translator never sees a block's structure. A StreamField is walked with its block
definitions: every text part of a block (a heading's text, a quote, a caption) is one
segment, and rich text (a paragraph block, a RichTextField) gives one segment per
paragraph, heading and list item. Block types, choices, chosen pages and images, URLs and
the attributes of links are not text: they stay where the Dutch version has them.

Each segment has a key that does not depend on its position: the Wagtail block ids of the
blocks (and list items) above it, the struct child's name, and the rich text editor's
`data-block-key` of the paragraph (a paragraph without one, written outside the editor, is
numbered: `n1`, `n2`, ...). Moving or inserting a block or a paragraph keeps every other
key.

Inline markup becomes inline codes, in the XLIFF 2.0 notation this module uses as its
neutral form: `<pc id="1" type="fmt">bold</pc>` for an element with content (bold, italic,
a link: `type="link"`), `<ph id="2"/>` for an empty one (a line break). Text is
XML-escaped. `restore_html` puts the original elements back by id, so a translator may move
codes around the words but cannot add, drop, cross or invent one, nor change a link.

`rebuild` makes the translated value from the Dutch one: a deep copy of its structure
(block ids included, so the next export finds each translation by key) with each segment's
text replaced.
"""

import copy
import html
import re
from dataclasses import dataclass
from xml.etree import ElementTree as ET  # noqa: S405  (serialising trees parsed safely)
from xml.sax.saxutils import escape as xml_escape

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment
from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

from .field_text import MAX_NESTING, InvalidText, canonical, value_from_text

SEGMENTED_ELEMENTS = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"}
LIST_ELEMENTS = {"ul", "ol"}
# A segment inside one of these is part of its text (a list item is a segment of its own).
ENCLOSING_ELEMENTS = SEGMENTED_ELEMENTS - {"li"}
CODE_TYPES = {"a": "link", "embed": "image", "img": "image"}
PLAIN_BLOCKS = (blocks.CharBlock, blocks.TextBlock)


@dataclass
class Segment:
    key: str
    text: str  # neutral form: escaped text with <pc>/<ph> codes
    shape: str  # what the segment is, without ids: used to align older translations
    label: str

    @property
    def plain(self):
        """The segment as a reader sees it: no codes."""
        return plain_text(self.text)


def is_segmented(model_field):
    return isinstance(model_field, (StreamField, RichTextField))


def stored_value(instance, field_name, language):
    return getattr(instance, build_localized_fieldname(field_name, language))


def changed_segment_keys(model_field, old_source_html, source_value):
    """Keys of the source segments whose text is not among the segments of an older source
    (`old_source_html`, the field's text form as `TranslationRecord.source_text` keeps it).

    Compared by text, not by key or position: the older text's keys may be gone (the record
    keeps the text without the editor's keys) and moving a paragraph changes no translation.
    """
    try:
        old_value = value_from_text(model_field, old_source_html) if old_source_html else None
    except InvalidText:
        old_value = None
    old_texts = {
        canonical(segment.text) for segment in field_segments(model_field, old_value or None)
    }
    return {
        segment.key
        for segment in field_segments(model_field, source_value)
        if canonical(segment.text) not in old_texts
    }


# -- reading --------------------------------------------------------------------------------
def field_segments(model_field, value):
    """Every Segment of a rich text or StreamField value, in reading order."""
    segments = []
    for key, kind, container, index, shape, label in _text_slots(
        model_field, _data(model_field, value)
    ):
        text = container[index] or ""
        if kind == "plain":
            if text.strip():
                segments.append(Segment(key, xml_escape(text), shape, label))
            continue
        for segment_key, element, neutral, _originals in _html_segments(
            key, BeautifulSoup(text, "html.parser")
        ):
            segments.append(Segment(segment_key, neutral, f"{shape}>{element.name}", label))
    return segments


def _html_segments(key, soup):
    """(segment key, element, neutral text, its codes' originals) of each segment of a rich
    text value under the slot `key`: the paragraphs, headings and list items with text."""
    for element_key, element in _segment_elements(soup):
        neutral, originals = encode_inline(element)
        if plain_text(neutral).strip():
            yield f"{key}:{element_key}" if key else element_key, element, neutral, originals


def _data(model_field, value):
    """The value as plain data to walk and edit: a StreamField's JSON form, or [html]."""
    if isinstance(model_field, StreamField):
        return model_field.stream_block.get_prep_value(value) if value else []
    return [value or ""]


def _text_slots(model_field, data):
    """(key, "plain" | "html", container, index, shape, label) of each text value in `data`
    (from `_data`): `container[index]` is the text, to read or replace."""
    if not isinstance(model_field, StreamField):
        return [("", "html", data, 0, "rich_text", "")]
    slots = []
    _walk(model_field.stream_block, data, "", "", "", slots)
    return slots


def _walk(block, data, key, shape, label, slots):
    if isinstance(block, blocks.BaseStreamBlock):
        for child in data:
            child_block = block.child_blocks.get(child["type"])
            if child_block is None:
                continue
            child_key = f"{key}:{child['id']}" if key else child["id"]
            _walk_value(
                child_block,
                child,
                "value",
                child_key,
                f"{shape}/{child['type']}",
                str(child_block.label),
                slots,
            )


def _walk_value(block, container, index, key, shape, label, slots):
    value = container[index]
    if isinstance(block, blocks.BaseStreamBlock):
        _walk(block, value or [], key, shape, label, slots)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if isinstance(value, dict) and name in value:
                _walk_value(
                    child_block,
                    value,
                    name,
                    f"{key}:{name}",
                    f"{shape}/{name}",
                    f"{label} – {child_block.label}",
                    slots,
                )
    elif isinstance(block, blocks.ListBlock):
        for position, item in enumerate(value or []):
            if isinstance(item, dict) and "id" in item:
                _walk_value(
                    block.child_block,
                    item,
                    "value",
                    f"{key}:{item['id']}",
                    f"{shape}/item",
                    label,
                    slots,
                )
            else:  # an old-style list without item ids
                _walk_value(
                    block.child_block,
                    value,
                    position,
                    f"{key}:i{position}",
                    f"{shape}/item",
                    label,
                    slots,
                )
    elif isinstance(block, blocks.RichTextBlock):
        slots.append((key, "html", container, index, shape, label))
    elif isinstance(block, PLAIN_BLOCKS):
        slots.append((key, "plain", container, index, shape, label))


def _segment_elements(soup):
    """(key, element) for each paragraph, heading and list item, with stable keys."""
    found = []
    numbered = 0
    # A walk rather than `find_all`: building bs4's name filter costs more than the walk.
    for element in soup.descendants:
        if not isinstance(element, Tag) or element.name not in SEGMENTED_ELEMENTS:
            continue
        if any(parent.name in ENCLOSING_ELEMENTS for parent in element.parents):
            continue  # inside another segment: part of its text
        key = element.get("data-block-key")
        if not key:
            numbered += 1
            key = f"n{numbered}"
        found.append((key, element))
    return found


def _inline_children(element):
    return [c for c in element.children if not (isinstance(c, Tag) and c.name in LIST_ELEMENTS)]


def encode_inline(element):
    """(neutral text, {code id: original element}) of an element's own inline content."""
    originals = {}

    def walk(children):
        out = []
        for child in children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                out.append(xml_escape(str(child)))
                continue
            code = str(len(originals) + 1)
            originals[code] = child
            kind = CODE_TYPES.get(child.name, "fmt")
            if not child.contents:
                out.append(f'<ph id="{code}" type="{kind}"/>')
            else:
                out.append(f'<pc id="{code}" type="{kind}">{walk(child.children)}</pc>')
        return "".join(out)

    return walk(_inline_children(element)), originals


def comparable(neutral):
    """The neutral text with only what a translation means: the codes' ids, not their types
    (a PO file carries only the ids)."""
    try:
        root = _parse_neutral(neutral)
    except InvalidText:
        return neutral
    for element in root.iter():
        for name in [name for name in element.attrib if name != "id"]:
            del element.attrib[name]
    wrapped = ET.tostring(root, encoding="unicode")
    return canonical(wrapped.removeprefix("<t>").removesuffix("</t>").replace("<t />", ""))


def plain_text(neutral):
    try:
        root = _parse_neutral(neutral)
    except InvalidText:
        return neutral
    return "".join(root.itertext())


# -- writing --------------------------------------------------------------------------------
def _parse_neutral(neutral):
    try:
        return SafeET.fromstring(f"<t>{neutral}</t>")
    except (SafeET.ParseError, DefusedXmlException) as error:
        raise InvalidText(_("The inline codes are not well formed.")) from error


def _too_deep():
    """The message for codes nested deeper than MAX_NESTING, worded as `field_text`'s."""
    return _("Malformed HTML: %(problem)s.") % {
        "problem": _("more than %(max)d tags nested") % {"max": MAX_NESTING}
    }


def restore_html(neutral, originals):
    """The HTML of a translated segment, its codes replaced by the Dutch elements."""
    root = _parse_neutral(neutral)
    used = []

    def build(node, depth):
        if depth > MAX_NESTING:
            raise InvalidText(_too_deep())
        out = [html.escape(node.text or "", quote=False)]
        for child in node:
            code = child.get("id", "")
            original = originals.get(code)
            expected = "ph" if original is not None and not original.contents else "pc"
            if child.tag not in ("pc", "ph") or original is None or child.tag != expected:
                raise InvalidText(
                    _("Unknown inline code “%(code)s”.") % {"code": code or child.tag}
                )
            used.append(code)
            if child.tag == "ph":
                out.append(str(original))
            else:
                shell = copy.copy(original)
                shell.clear()
                start, end = str(shell).rsplit("</", 1)
                out.append(start + build(child, depth + 1) + "</" + end)
            out.append(html.escape(child.tail or "", quote=False))
        return "".join(out)

    result = build(root, 0)
    if sorted(used) != sorted(originals) or len(used) != len(set(used)):
        missing = sorted(set(originals) - set(used), key=int)
        extra = sorted({code for code in used if used.count(code) > 1})
        raise InvalidText(
            _(
                "The inline codes do not match the source (missing: %(missing)s; unknown or "
                "repeated: %(extra)s)."
            )
            % {"missing": ", ".join(missing) or "–", "extra": ", ".join(extra) or "–"}
        )
    return result


def rebuild(model_field, source_value, translations):
    """The translated value: the Dutch structure, each segment's text from `translations`
    ({key: neutral text}). InvalidText names the segments without a translation."""
    data = copy.deepcopy(_data(model_field, source_value))
    missing = []
    for key, kind, container, index, _shape, _label in _text_slots(model_field, data):
        text = container[index] or ""
        if kind == "plain":
            if text.strip():
                _set_plain(container, index, translations.get(key), key, missing)
            continue
        soup = BeautifulSoup(text, "html.parser")
        for segment_key, element, _neutral, originals in _html_segments(key, soup):
            if segment_key not in translations:
                missing.append(segment_key)
                continue
            _replace_inline(element, restore_html(translations[segment_key], originals))
        container[index] = str(soup)
    if missing:
        raise InvalidText(
            _("%(count)d parts have no translation: %(keys)s.")
            % {"count": len(missing), "keys": ", ".join(missing[:5])}
        )
    if isinstance(model_field, StreamField):
        return model_field.stream_block.to_python(data)
    return data[0]


def _set_plain(container, index, neutral, key, missing):
    if neutral is None:
        missing.append(key)
        return
    translated = _parse_neutral(neutral)
    if len(translated):
        raise InvalidText(_("This text takes no inline codes."))
    container[index] = "".join(translated.itertext())


def _replace_inline(element, translated_html):
    lists = [c for c in element.children if isinstance(c, Tag) and c.name in LIST_ELEMENTS]
    element.clear()
    for node in list(BeautifulSoup(translated_html, "html.parser").contents):
        element.append(node)
    for nested in lists:
        element.append(nested)


def unit_segments(unit, source_language, language):
    """(the source's segments, {key: translation in `language`}) of a segmented unit."""
    source_value = stored_value(unit.instance, unit.field_name, source_language)
    source_segments = field_segments(unit.model_field, source_value)
    targets = aligned_translations(
        unit.model_field,
        source_value,
        stored_value(unit.instance, unit.field_name, language),
        source_segments,
    )
    return source_segments, targets


def aligned_translations(model_field, source_value, target_value, source_segments=None):
    """{key: neutral text} of the translation's segments that stand for the source's.

    A translation made through `rebuild` has the source's keys. One written by hand in the
    editor has its own block ids: its segments are matched by position when both values
    have the same shape, each with the same codes as its source segment.
    """
    if not target_value:
        return {}
    source = source_segments or field_segments(model_field, source_value)
    target = field_segments(model_field, target_value)
    by_key = {segment.key: segment for segment in target}
    if any(segment.key in by_key for segment in source):
        pairs = [(s, by_key[s.key]) for s in source if s.key in by_key]
    elif [s.shape for s in source] == [t.shape for t in target]:
        pairs = list(zip(source, target, strict=True))
    else:
        return {}
    return {s.key: t.text for s, t in pairs if _codes(s.text) == _codes(t.text)}


def check_codes(source, target):
    """Why the inline codes of a translated segment cannot stand for its source's ("" if
    they can): every code once, none invented, none crossed, not too deep."""
    try:
        root = _parse_neutral(target)
    except InvalidText as error:
        return str(error)
    if _max_depth(root) > MAX_NESTING:
        return _too_deep()
    expected, found = _codes(source) or [], _codes(target) or []
    if expected == found:
        return ""
    expected_ids = [code for _tag, code in expected]
    found_ids = [code for _tag, code in found]
    missing = [code for code in expected_ids if code not in found_ids]
    extra = sorted({code for code in found_ids if found_ids.count(code) > expected_ids.count(code)})
    return _(
        "The inline codes do not match the source (missing: %(missing)s; unknown or "
        "repeated: %(extra)s)."
    ) % {"missing": ", ".join(missing) or "–", "extra": ", ".join(extra) or "–"}


def _max_depth(root):
    deepest, stack = 0, [(root, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node)
    return deepest


def _codes(neutral):
    try:
        root = _parse_neutral(neutral)
    except InvalidText:
        return None
    return sorted(
        (element.tag, element.get("id")) for element in root.iter() if element is not root
    )


CODE = re.compile(r'<(pc|ph) id="([^"]*)" type="([^"]*)"')


def codes_as_in_source(source, target):
    """`target` with its inline codes numbered as `source`'s, or None if that is not certain.

    A translation read back from a field numbers its codes in its own reading order (a
    French link may come before the bold word that precedes it in Dutch): each code takes
    the id of the source's code of the same kind. Two links (or images) of one segment
    cannot be told apart, so such a segment is refused rather than risk swapping targets;
    two formatting codes are taken in their order (at worst bold and italic swap).
    """
    source_codes = [(tag, kind, code) for tag, code, kind in CODE.findall(source)]
    target_codes = [(tag, kind, code) for tag, code, kind in CODE.findall(target)]
    if sorted(c[:2] for c in source_codes) != sorted(c[:2] for c in target_codes):
        return None
    remaining = {}
    for tag, kind, code in source_codes:
        remaining.setdefault((tag, kind), []).append(code)
    mapping = {}
    for tag, kind, code in target_codes:
        ids = remaining[(tag, kind)]
        if len(ids) > 1 and kind != "fmt":
            return None
        mapping[code] = ids.pop(0)
    return CODE.sub(lambda match: f'<{match[1]} id="{mapping[match[2]]}" type="{match[3]}"', target)


# -- the PO notation -----------------------------------------------------------------------
def to_placeholders(neutral):
    """Numbered placeholders for PO files: `{1}bold{/1}`, `{2/}`; braces in text doubled."""
    root = _parse_neutral(neutral)

    def text(value):
        return (value or "").replace("{", "{{").replace("}", "}}")

    def walk(node):
        out = [text(node.text)]
        for child in node:
            code = child.get("id")
            if child.tag == "ph":
                out.append(f"{{{code}/}}")
            else:
                out.append(f"{{{code}}}{walk(child)}{{/{code}}}")
            out.append(text(child.tail))
        return "".join(out)

    return walk(root)


_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(/?)(\d+)(/?)\}|[{}]")


def from_placeholders(text):
    """The neutral form of a PO text; InvalidText for a stray brace or crossed codes."""
    out, open_codes, position = [], [], 0
    for match in _PLACEHOLDER.finditer(text):
        out.append(xml_escape(text[position : match.start()]))
        position = match.end()
        token = match.group(0)
        closing, code, empty = match.group(1), match.group(2), match.group(3)
        if token in ("{{", "}}"):
            out.append(token[0])
        elif code is None or (closing and empty):
            raise InvalidText(
                _("A lone “%(brace)s”: write “%(brace)s%(brace)s” for a brace.") % {"brace": token}
            )
        elif empty:
            out.append(f'<ph id="{code}"/>')
        elif closing:
            if not open_codes or open_codes[-1] != code:
                raise InvalidText(
                    _("The placeholder {/%(code)s} closes a code that is not the last one opened.")
                    % {"code": code}
                )
            open_codes.pop()
            out.append("</pc>")
        else:
            if len(open_codes) >= MAX_NESTING:
                raise InvalidText(_too_deep())
            open_codes.append(code)
            out.append(f'<pc id="{code}">')
    if open_codes:
        raise InvalidText(
            _("The placeholder {%(code)s} is never closed.") % {"code": open_codes[-1]}
        )
    out.append(xml_escape(text[position:]))
    return "".join(out)
