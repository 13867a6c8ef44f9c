"""Per-language full-text search of the public pages (app label `site_search`).

Wagtail's database backend puts every language into one search vector under one text-search
configuration, so a French query would match Dutch words and lose English stemming. This app
keeps one row per page and language holding only that language's own text (no fallback),
with a tsvector built by that language's configuration (Dutch, French or English stemming,
accents removed with `unaccent`). SQLite, which has neither, falls back to plain matching.
"""
