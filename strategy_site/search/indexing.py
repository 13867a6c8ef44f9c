"""What each page says in each language, written to `SearchEntry` when it is published.

Only a language's own text goes into its row: the page's translated fields read without
fallback, the translated text of its inline rows (e.g. the results on the results page),
and the searchable fields of the snippets those rows point to (partners, experts, networks).
"""

from django.db import connection, transaction
from modelcluster.models import get_all_child_relations
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from strategy_site.i18n.fallback import NOT_DISPLAYED, model_translated_field_names
from strategy_site.i18n.translated_fields import content_languages, raw_value

from .models import SearchEntry


def _as_text(model, field_name, value):
    if value is None:
        return ""
    field = model._meta.get_field(field_name)
    if isinstance(field, StreamField):
        return " ".join(str(part) for part in field.get_searchable_content(value))
    if isinstance(field, RichTextField):
        # Plain text: tags removed and entities decoded, so that an excerpt escaped once
        # shows "territoriaux : la", never "territoriaux&amp;nbsp;: la".
        return get_text_for_indexing(str(value))
    return str(value)


def _object_text(instance, language):
    """The searchable text of a snippet in one language: its own translated columns and its
    language-neutral search fields (an expert's name, a partner's acronym)."""
    model = type(instance)
    translated = set(model_translated_field_names(model))
    localized = {
        build_localized_fieldname(name, code): code
        for name in translated
        for code in content_languages()
    }
    parts = []
    for field in getattr(model, "search_fields", []):
        if not isinstance(field, index.SearchField):
            continue
        name = field.field_name
        if name in translated or localized.get(name, language) != language:
            continue
        value = getattr(instance, name, "")
        if value:
            parts.append(str(value))
    return parts


def _related_text(page, language):
    parts = []
    for relation in get_all_child_relations(page):
        model = relation.related_model
        translated = [f for f in model_translated_field_names(model) if f not in NOT_DISPLAYED]
        foreign_keys = [
            f
            for f in model._meta.concrete_fields
            if f.is_relation and f.many_to_one and hasattr(f.related_model, "search_fields")
        ]
        if not translated and not foreign_keys:
            continue
        rows = getattr(page, relation.get_accessor_name()).all()
        if foreign_keys:
            rows = rows.select_related(*[f.name for f in foreign_keys])
        for row in rows:
            for name in translated:
                text = _as_text(
                    model, build_localized_fieldname(name, language), raw_value(row, name, language)
                )
                if text.strip():
                    parts.append(text)
            for fk in foreign_keys:
                target = getattr(row, fk.name)
                if target is not None:
                    parts += _object_text(target, language)
    return parts


def _listed_text(page, language):
    """The cards a listing page shows (the partners page, the objectives index): the page
    names them with `search_listed_objects()` and the translated fields a card shows with
    `search_listed_fields`; each card's text in this language, without fallback."""
    listed = getattr(page, "search_listed_objects", None)
    if listed is None:
        return []
    parts = []
    for instance in listed():
        for name in page.search_listed_fields:
            value = raw_value(instance, name, language)
            if value and str(value).strip():
                parts.append(str(value))
    return parts


def page_text(page, language):
    """(title, text) of a specific page in one language, without any fallback."""
    model = type(page)
    title = raw_value(page, "title", language) or ""
    parts = []
    for name in model_translated_field_names(model):
        if name in NOT_DISPLAYED - {"search_description"} or name == "title":
            continue
        value = raw_value(page, name, language)
        text = _as_text(model, build_localized_fieldname(name, language), value)
        if text.strip():
            parts.append(text)
    parts += _related_text(page, language)
    parts += _listed_text(page, language)
    return title.strip(), "\n".join(parts)


def index_page(page):
    """Write the page's rows, one per language that has a title of its own."""
    page = page.specific
    with transaction.atomic():
        SearchEntry.objects.filter(page_id=page.pk).delete()
        entries = []
        for language in content_languages():
            title, text = page_text(page, language)
            if title:
                entries.append(
                    SearchEntry(page_id=page.pk, language=language, title=title, text=text)
                )
        SearchEntry.objects.bulk_create(entries)
        update_vectors(SearchEntry.objects.filter(page_id=page.pk))


def update_vectors(entries):
    """Build each row's tsvector with its own language's configuration (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return
    from django.contrib.postgres.search import SearchVector

    from .text_search import configuration

    for language in content_languages():
        config = configuration(language)
        entries.filter(language=language).update(
            search_vector=SearchVector("title", weight="A", config=config)
            + SearchVector("text", weight="B", config=config)
        )


def remove_page(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild_index():
    """Index every live page; returns the number of rows written."""
    SearchEntry.objects.all().delete()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        index_page(page)
    return SearchEntry.objects.count()
