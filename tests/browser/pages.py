"""One URL per public page type, in each language, for the browser tests."""

from tests.pages import NON_PAGE_URLS, SEEDED_URLS

PROJECT_SLUGS = {"nl": "project-axe-nl", "fr": "project-axe-fr", "en": "project-axe-en"}

PAGE_TYPES = {
    **SEEDED_URLS,
    "project": {
        code: f"{SEEDED_URLS['cell'][code]}{slug}/" for code, slug in PROJECT_SLUGS.items()
    },
    **NON_PAGE_URLS,
}
