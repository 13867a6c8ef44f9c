"""Every sentence of the Dutch site is in the seed file or is interface text.

The rendered Dutch main text of every page is taken apart: first every Dutch text of the
seed file (strategy.yaml) is removed, then every Dutch string of the gettext catalogue
(placeholders match anything short). Whatever is left is a sentence nobody reviewed: the
test fails and names it. French and English pages must have the same structure as Dutch.
"""

import re
from pathlib import Path

import polib
import pytest
import yaml

from strategy_site.seed.seed_file import SEED_FILE
from tests.pages import LANGUAGES, NON_PAGE_URLS, SEEDED_URLS, plain, visible_text

pytestmark = pytest.mark.django_db

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "nl" / "LC_MESSAGES" / "django.po"
PAGES = {**SEEDED_URLS, "full-strategy": NON_PAGE_URLS["full-strategy"]}
MARK = "¶"
DUTCH_DATE = re.compile(
    r"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december) \d{4}\b"
)
LEFTOVER_ALLOWED = re.compile(rf"^[\s{MARK}.,:;()\d–-]*$")


def seed_texts(value):
    """Every Dutch text of the seed file, and the values that have no language."""
    if isinstance(value, dict):
        if set(value) == set(LANGUAGES):
            yield value["nl"]
            return
        for item in value.values():
            yield from seed_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from seed_texts(item)
    elif isinstance(value, str):
        yield value


def whole_words(regex):
    """Match only whole words: a slug like "toegankelijkheid" must not explain half a word."""
    return re.compile(rf"(?<!\w){regex}(?!\w)")


def catalogue_patterns():
    patterns = []
    for entry in polib.pofile(str(CATALOGUE)):
        text = plain(entry.msgstr or entry.msgid)
        if len(text) < 2:
            continue
        parts = re.split(r"%\(\w+\)[sd]|\{\{ ?\w+ ?\}\}", text)
        regex = r".{1,80}?".join(re.escape(part) for part in parts)
        patterns.append((len(text), whole_words(regex)))
    return [pattern for _length, pattern in sorted(patterns, key=lambda p: -p[0])]


def unexplained_text(text):
    seed = yaml.safe_load(SEED_FILE.read_text(encoding="utf-8"))
    for known in sorted({plain(t) for t in seed_texts(seed) if plain(t)}, key=len, reverse=True):
        text = whole_words(re.escape(known)).sub(MARK, text)
    text = DUTCH_DATE.sub(MARK, text)
    for pattern in catalogue_patterns():
        text = pattern.sub(MARK, text)
    return text


@pytest.mark.parametrize("key", sorted(PAGES))
def test_every_dutch_sentence_comes_from_the_seed_file_or_the_catalogue(client, key):
    response = client.get(PAGES[key]["nl"])
    assert response.status_code == 200

    leftover = unexplained_text(visible_text(response))

    assert LEFTOVER_ALLOWED.match(leftover), f"text from nowhere on {key}: {leftover!r}"


def test_the_check_catches_a_sentence_that_is_in_neither(client):
    from objectives.models import ObjectivePage

    objective = ObjectivePage.objects.get(number=4)
    objective.summary_nl = "Het Gewest opent volgend jaar een kantoor in Tokio."
    objective.save_revision().publish()

    leftover = unexplained_text(visible_text(client.get(SEEDED_URLS["objective-1"]["nl"])))
    assert LEFTOVER_ALLOWED.match(leftover)
    leftover = unexplained_text(visible_text(client.get(SEEDED_URLS["home"]["nl"])))
    assert "kantoor in Tokio" in leftover


STRUCTURE_TAGS = re.compile(r"<(h[1-6]|p|ul|ol|li|section|dl|dt|dd|table|tr|article)\b")


def structure(response):
    main = re.search(r"<main\b.*?</main>", response.content.decode(), re.S).group(0)
    return STRUCTURE_TAGS.findall(main)


@pytest.mark.parametrize("key", sorted(PAGES))
def test_french_and_english_pages_have_the_dutch_structure(client, key):
    dutch = structure(client.get(PAGES[key]["nl"]))

    for language in ("fr", "en"):
        assert structure(client.get(PAGES[key][language])) == dutch, language
