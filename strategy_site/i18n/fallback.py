"""Make modeltranslation's fallback to Dutch visible.

When a field has no text in the visitor's language, modeltranslation shows the Dutch text.
The templates mark that text with `lang="nl"` (so screen readers pronounce it as Dutch and
browsers hyphenate it right) and show one notice in the visitor's language that names the
parts shown in Dutch (or says the whole page is, when nothing has text of its own). A field
that falls back silently (the slug) is not displayed text and never named. Whether the page
as a whole counts as translated is decided by `translation_readiness.page_is_translated`.
"""

import functools

from django.utils import translation
from modeltranslation.translator import NotRegistered, translator

from strategy_site.i18n.translated_fields import source_language
from strategy_site.i18n.translation_readiness import field_is_translated

# Translated fields that are not shown as text in the page body.
NOT_DISPLAYED = frozenset({"slug", "url_path", "seo_title", "search_description"})


def translated_field_names(instance):
    return model_translated_field_names(type(instance))


@functools.cache
def model_translated_field_names(model):
    # Registrations are made once, at start-up (the apps' translation modules).
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return ()
    registered = set(options.get_field_names())
    # In the model's own order (the order of the edit form and, mostly, of the page).
    return tuple(f.name for f in model._meta.get_fields() if f.name in registered)


def falls_back(instance, field_name, language=None):
    """True when `field_name` is shown in Dutch because `language` has no text of its own."""
    language = language or translation.get_language()
    if language == source_language() or field_name not in translated_field_names(instance):
        return False
    return not field_is_translated(instance, field_name, language) and field_is_translated(
        instance, field_name, source_language()
    )


def fallen_back_fields(page, language=None):
    """The displayed fields of `page` that are shown in Dutch."""
    return [
        name
        for name in translated_field_names(page)
        if name not in NOT_DISPLAYED and falls_back(page, name, language)
    ]


def fallback_state(page, language=None):
    """ "page" when nothing the page shows has text of its own in `language`, "fields" when
    only some fields fall back (`fallen_back_fields` names them), None otherwise."""
    language = language or translation.get_language()
    if not page or language == source_language():
        return None
    fallen_back = fallen_back_fields(page, language)
    if not fallen_back:
        return None
    if any(
        field_is_translated(page, name, language)
        for name in translated_field_names(page)
        if name not in NOT_DISPLAYED
    ):
        return "fields"
    return "page"


def fallen_back_labels(page, language=None):
    """The names of the fields shown in Dutch, in the active language ("introduction")."""
    return [
        str(page._meta.get_field(name).verbose_name) for name in fallen_back_fields(page, language)
    ]
