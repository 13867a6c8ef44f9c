"""The one definition of "this page is translated into this language".

The language switcher, hreflang alternates, the sitemap and the fallback notice all ask
`page_is_translated`; nothing else decides it.
"""

from django.conf import settings

from strategy_site.i18n.translated_fields import raw_value

DEFAULT_REQUIRED_FIELDS = ("title", "slug")
# Fields whose missing translation falls back to Dutch without the visitor noticing: a
# French page under its Dutch slug is still a French page (wagtail-modeltranslation builds
# its French URL from the Dutch slug). They never make a page count as untranslated.
SILENT_FALLBACK_FIELDS = frozenset({"slug"})


def _is_filled(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0
    except TypeError:
        return True


def required_fields(page):
    declared = getattr(page, "translation_required_fields", DEFAULT_REQUIRED_FIELDS)
    return tuple(name for name in declared if name not in SILENT_FALLBACK_FIELDS)


def page_is_translated(page, language):
    """True when every field this page type requires has its own text in `language`."""
    if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
        return True
    return all(_is_filled(raw_value(page, name, language)) for name in required_fields(page))


def translated_languages(page):
    return [code for code, _name in settings.LANGUAGES if page_is_translated(page, code)]


def field_is_translated(instance, field_name, language):
    """True when `field_name` has its own text in `language` (no fallback)."""
    return _is_filled(raw_value(instance, field_name, language))


def required_fields_of(instance):
    """The fields that must be filled for any translatable object (page, snippet, setting).

    Pages list theirs in `translation_required_fields`; other models require the translated
    fields their form requires (`blank=False`).
    """
    from modeltranslation.translator import NotRegistered, translator
    from wagtail.models import Page

    if isinstance(instance, Page) or hasattr(instance, "translation_required_fields"):
        return tuple(required_fields(instance))
    try:
        registered = translator.get_options_for_model(type(instance)).all_fields
    except NotRegistered:
        return ()
    return tuple(name for name in registered if not instance._meta.get_field(name).blank)


def missing_required_fields(instance, language):
    """The required fields with no text of their own in `language`."""
    return [
        name
        for name in required_fields_of(instance)
        if not _is_filled(raw_value(instance, name, language))
    ]


def object_is_translated(instance, language):
    """`page_is_translated` for pages; the same rule for snippets and settings."""
    from wagtail.models import Page

    if isinstance(instance, Page):
        return page_is_translated(instance, language)
    return not missing_required_fields(instance, language)
