"""Checks of one translation unit: its source text, its translation, and the glossary.

`check_unit(source, target, language, glossary)` is pure (no database): the status and
review views call it beside each unit, and an importer can call it on each entry of a file.
It returns findings; an "error" means the unit must not be written as is (its markup or
links would break), a "warning" is shown to the translator and never blocks.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .readable_diff import plain_text

ERROR = "error"
WARNING = "warning"

TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)")
PLACEHOLDER = re.compile(r"%\([^)]+\)[sd]|%[sd]|\{[\w.]*\}|\{\d+\}")
URL = re.compile(r"""(?:https?://|mailto:|tel:)[^\s"'<>]+""")
NUMBER = re.compile(r"\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?")
LETTERS = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Finding:
    severity: str  # ERROR or WARNING
    check: str  # glossary, numbers, urls, markup, whitespace, untranslated
    message: str

    @property
    def is_error(self):
        return self.severity == ERROR


@dataclass(frozen=True)
class GlossaryEntry:
    """A term as the checks use it; `GlossaryTerm.as_entry()` makes one from the snippet."""

    source: str
    targets: dict  # language -> the term in that language
    do_not_translate: bool = False

    def target(self, language):
        return self.source if self.do_not_translate else self.targets.get(language, "")


def check_unit(source, target, language, glossary=()):
    """The findings for the translation `target` (into `language`) of `source`.

    Both are the field's text as translators' tools read it (HTML for rich text and
    blocks). An empty target has no findings: it is missing, which the status reports.
    """
    if not (target or "").strip():
        return []
    source_text, target_text = plain_text(source), plain_text(target)
    findings = []
    findings += _markup(source, target)
    findings += _urls(source, target)
    findings += _numbers(source_text, target_text)
    findings += _whitespace(source, target)
    findings += _glossary(source_text, target_text, language, glossary)
    findings += _untranslated(source_text, target_text, language, glossary)
    return findings


def _multiset(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _differences(expected, found):
    """Items of `expected` missing from `found`, and items of `found` not expected."""
    expected, found = _multiset(expected), _multiset(found)
    missing = sorted(item for item in expected if found.get(item, 0) < expected[item])
    extra = sorted(item for item in found if expected.get(item, 0) < found[item])
    return missing, extra


def _tags(html):
    return [f"<{closing}{name.lower()}>" for closing, name in TAG.findall(html or "")]


def _markup(source, target):
    findings = []
    missing, extra = _differences(_tags(source), _tags(target))
    if missing or extra:
        findings.append(
            Finding(
                ERROR,
                "markup",
                _("The markup differs from the source: missing %(missing)s, extra %(extra)s.")
                % {"missing": " ".join(missing) or "–", "extra": " ".join(extra) or "–"},
            )
        )
    missing, extra = _differences(PLACEHOLDER.findall(source), PLACEHOLDER.findall(target))
    if missing or extra:
        findings.append(
            Finding(
                ERROR,
                "markup",
                _("The placeholders differ from the source: missing %(missing)s, extra %(extra)s.")
                % {"missing": " ".join(missing) or "–", "extra": " ".join(extra) or "–"},
            )
        )
    return findings


def _urls(source, target):
    missing, _extra = _differences(URL.findall(source), URL.findall(target))
    return [
        Finding(
            ERROR, "urls", _("A link or address of the source is missing: %(url)s") % {"url": url}
        )
        for url in missing
    ]


def _number_value(number):
    return re.sub(r"[.,\u00a0 ]", "", number)


def _numbers(source_text, target_text):
    source_numbers = [_number_value(n) for n in NUMBER.findall(source_text)]
    target_numbers = [_number_value(n) for n in NUMBER.findall(target_text)]
    missing, _extra = _differences(source_numbers, target_numbers)
    return [
        Finding(
            WARNING,
            "numbers",
            _("The number %(number)s of the source is not in the translation.")
            % {"number": number},
        )
        for number in missing
    ]


def _edge_spaces(text):
    text = text or ""
    return (text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :])


def _whitespace(source, target):
    if _edge_spaces(source) == _edge_spaces(target):
        return []
    return [
        Finding(
            WARNING,
            "whitespace",
            _("The spaces at the start or end differ from the source."),
        )
    ]


def _contains(text, term):
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE) is not None


def terms_used(source, glossary):
    """The glossary entries whose Dutch term the text `source` (markup ignored) uses."""
    text = plain_text(source)
    return [entry for entry in glossary if _contains(text, entry.source)]


def _glossary(source_text, target_text, language, glossary):
    findings = []
    for entry in glossary:
        expected = entry.target(language)
        if not expected or not _contains(source_text, entry.source):
            continue
        if _contains(target_text, expected):
            continue
        if entry.do_not_translate:
            message = _("“%(term)s” is a name not to be translated: write it as in the source.")
        else:
            message = _("The source uses “%(term)s”: the glossary translates it as “%(expected)s”.")
        findings.append(
            Finding(WARNING, "glossary", message % {"term": entry.source, "expected": expected})
        )
    return findings


def _untranslated(source_text, target_text, language, glossary):
    if source_text.strip() != target_text.strip() or not LETTERS.search(source_text):
        return []
    # A text that is only names not to be translated (a partner called "hub.brussels").
    names = [entry.source for entry in glossary if entry.do_not_translate]
    remainder = source_text
    for name in names:
        remainder = re.sub(re.escape(name), "", remainder, flags=re.IGNORECASE)
    if not LETTERS.search(remainder):
        return []
    return [Finding(WARNING, "untranslated", _("The translation is the same as the source."))]
