"""Names of the per-language columns that django-modeltranslation adds to a field."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.search import index


def content_languages():
    return [code for code, _name in settings.LANGUAGES]


def source_language():
    """The language every translation starts from (Dutch)."""
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def localized_field_names(field_name):
    return [build_localized_fieldname(field_name, code) for code in content_languages()]


def localized_search_fields(*field_names, boost=None):
    """One SearchField per language column, so that every language is indexed."""
    options = {"boost": boost} if boost else {}
    return [
        index.SearchField(name, **options)
        for field_name in field_names
        for name in localized_field_names(field_name)
    ]


def raw_value(instance, field_name, language):
    """The stored value in one language, without modeltranslation's fallback."""
    return getattr(instance, build_localized_fieldname(field_name, language))
