"""The seeded site's public URLs and a way to read a page as a visitor does."""

import html
import re

from strategy_site.seed import strategy_content as content

LANGUAGES = ("nl", "fr", "en")

# Literal URLs: translated slugs are part of the site's public contract.
SEEDED_URLS = {
    "home": {"nl": "/nl/", "fr": "/fr/", "en": "/en/"},
    "cell": {"nl": "/nl/cel/", "fr": "/fr/cellule/", "en": "/en/unit/"},
    "objectives": {"nl": "/nl/doelstellingen/", "fr": "/fr/objectifs/", "en": "/en/objectives/"},
    "objective-1": {
        "nl": "/nl/doelstellingen/samenwerking-met-vlaanderen-en-wallonie/",
        "fr": "/fr/objectifs/cooperation-avec-la-flandre-et-la-wallonie/",
        "en": "/en/objectives/cooperation-with-flanders-and-wallonia/",
    },
    "results": {"nl": "/nl/resultaten/", "fr": "/fr/resultats/", "en": "/en/results/"},
    "partners": {"nl": "/nl/partners/", "fr": "/fr/partenaires/", "en": "/en/partners/"},
    "contact": {"nl": "/nl/contact/", "fr": "/fr/contact/", "en": "/en/contact/"},
    "accessibility": {
        "nl": "/nl/toegankelijkheid/",
        "fr": "/fr/accessibilite/",
        "en": "/en/accessibility/",
    },
}

# Public views that are not Wagtail pages.
NON_PAGE_URLS = {
    # The search page as a visitor lands on it, and a page of its results.
    "search-page": {"nl": "/nl/zoeken/", "fr": "/fr/recherche/", "en": "/en/search/"},
    "search": {
        "nl": "/nl/zoeken/?q=strategie",
        "fr": "/fr/recherche/?q=strategie",
        "en": "/en/search/?q=strategy",
    },
    "full-strategy": {
        "nl": "/nl/volledige-strategie/",
        "fr": "/fr/strategie-complete/",
        "en": "/en/full-strategy/",
    },
    "privacy": {"nl": "/nl/privacy/", "fr": "/fr/vie-privee/", "en": "/en/privacy/"},
}

# For each page, the seed text that must be visible in each language.
SEEDED_TEXT = {
    "home": (content.HOME["title"], content.HOME["body"], content.HOME["objectives_heading"]),
    "cell": (content.CELL["title"], content.CELL["intro"]),
    "objectives": (content.OBJECTIVE_INDEX["title"], content.OBJECTIVE_INDEX["intro"]),
    "objective-1": (content.OBJECTIVES[0]["title"], content.OBJECTIVES[0]["summary"]),
    "results": (content.RESULTS_PAGE["title"], content.RESULTS[0]["text"]),
    "partners": (content.PARTNER_INDEX["title"], content.PARTNERS[0]["name"]),
    "contact": (content.CONTACT_PAGE["title"], content.EXPERTS[0]["role"]),
    "accessibility": (content.ACCESSIBILITY_PAGE["title"],),
}


def visible_text(response):
    """The text of the page's <main>, tags stripped and whitespace collapsed."""
    document = response.content.decode()
    main = re.search(r"<main\b.*?</main>", document, re.S)
    text = re.sub(r"<[^>]+>", " ", main.group(0) if main else document)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def plain(value):
    """Seed rich text reduced to its words, as `visible_text` shows them."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", value))).strip()
