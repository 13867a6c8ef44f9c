"""PostgreSQL only: the unaccent extension, one text-search configuration per language, and
a GIN index on the search vector. On SQLite every operation here does nothing."""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

from strategy_site.search.text_search import create_configurations_sql, drop_configurations_sql

GIN_INDEX = "site_search_searchentry_vector_gin"


def create_text_search(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in create_configurations_sql():
        schema_editor.execute(statement)
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} "
        "ON site_search_searchentry USING gin (search_vector)"
    )


def drop_text_search(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")
    for statement in drop_configurations_sql():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0001_search_entries"),
    ]

    operations = [
        # CreateExtension is a no-op on databases other than PostgreSQL.
        UnaccentExtension(),
        migrations.RunPython(create_text_search, drop_text_search),
    ]
