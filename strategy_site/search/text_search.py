"""The PostgreSQL text-search configuration of each language.

Each is a copy of PostgreSQL's own configuration for the language with the `unaccent`
dictionary in front of the stemmer, so "coopération" and "cooperations" reduce to the same
lexeme. Created by migration 0002; see
https://www.postgresql.org/docs/current/unaccent.html and
https://www.postgresql.org/docs/current/textsearch-configuration.html
"""

BASE_CONFIGURATIONS = {"nl": "dutch", "fr": "french", "en": "english"}

WORD_TOKENS = ("asciiword", "asciihword", "hword_asciipart", "word", "hword", "hword_part")


def configuration(language):
    return f"site_search_{BASE_CONFIGURATIONS[language]}"


def create_configurations_sql():
    statements = []
    for base in BASE_CONFIGURATIONS.values():
        name = f"site_search_{base}"
        statements += [
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})",
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {', '.join(WORD_TOKENS)} "
            f"WITH unaccent, {base}_stem",
        ]
    return statements


def drop_configurations_sql():
    return [
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS site_search_{base}"
        for base in BASE_CONFIGURATIONS.values()
    ]
