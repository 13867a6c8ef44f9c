"""One URL per public page type, in each language, for the browser tests."""

from tests.pages import SEEDED_URLS

PROJECT_SLUGS = {"nl": "project-axe-nl", "fr": "project-axe-fr", "en": "project-axe-en"}

PAGE_TYPES = {
    **SEEDED_URLS,
    "project": {
        code: f"{SEEDED_URLS['cell'][code]}{slug}/" for code, slug in PROJECT_SLUGS.items()
    },
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
}
