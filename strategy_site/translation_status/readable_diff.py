"""What changed in the Dutch source, as a translator reads it: words, not markup.

The stored texts are Wagtail HTML (rich text, or a StreamField's block fragment whose block
types and JSON values sit in attributes). Only the text a reader sees is compared: tags and
attributes are dropped, block-level elements become paragraphs, and the changed words are
wrapped in `<del>` (old text) and `<ins>` (new text).
"""

import difflib
import re
from html.parser import HTMLParser

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Elements whose end starts a new paragraph of the plain text.
BLOCK_ELEMENTS = frozenset(
    {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "section"}
)
TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def plain_text(html):
    """The visible text of `html`: one paragraph per line, spaces collapsed."""
    collector = _TextCollector()
    collector.feed(html or "")
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _paragraphs(tokens_html):
    return "".join(f"<p>{line}</p>" for line in "".join(tokens_html).split("\n") if line)


def word_diff(old_html, new_html):
    """(old, new): the two texts as safe HTML paragraphs, removed words in `<del>` on the
    old side and added words in `<ins>` on the new side."""
    old_out, new_out = [], []
    for changed, old_part, new_part in _changes(plain_text(old_html), plain_text(new_html)):
        old_part, new_part = escape(old_part), escape(new_part)
        if not changed:
            old_out.append(old_part)
            new_out.append(new_part)
            continue
        if old_part:
            old_out.append(_marked("del", old_part))
        if new_part:
            new_out.append(_marked("ins", new_part))
    return mark_safe(_paragraphs(old_out)), mark_safe(_paragraphs(new_out))  # noqa: S308


def _changes(old_text, new_text):
    """(changed, old part, new part) runs; a change of several words reads as one run, not
    one run per word (the spaces between changed words count as changed)."""
    old_tokens, new_tokens = TOKENS.findall(old_text), TOKENS.findall(new_text)
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    runs = [
        (op != "equal", "".join(old_tokens[a1:a2]), "".join(new_tokens[b1:b2]))
        for op, a1, a2, b1, b2 in matcher.get_opcodes()
    ]
    for index in range(1, len(runs) - 1):
        changed, old_part, new_part = runs[index]
        if not changed and not old_part.strip(" ") and runs[index - 1][0] and runs[index + 1][0]:
            runs[index] = (True, old_part, new_part)
    merged = []
    for run in runs:
        if merged and run[0] and merged[-1][0]:
            merged[-1] = (True, merged[-1][1] + run[1], merged[-1][2] + run[2])
        else:
            merged.append(run)
    return merged


def _marked(tag, text):
    """`text` in `tag`, closed and reopened at each paragraph break so no tag spans two."""
    return "\n".join(
        f"<{tag}>{line}</{tag}>" if line.strip() else line for line in text.split("\n")
    )
