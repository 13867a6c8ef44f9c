"""Translators change only the fields of their own languages; the server enforces it.

A translator is anyone given one of the `translation_status.translate_<language>`
permissions, for example through the "Translators FR" group. Such a user's edit forms
(pages, snippets, settings, and their inline rows) refuse any change to another language's
field with a message naming it, so the whole save is refused and nothing is stored. The
same goes for what all languages share (an objective's number, a partner's level, which
partners an objective names, adding or removing inline rows): that is editors' work. Users
without any of these permissions (editors, superusers) are not restricted.
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import StreamField

from .field_text import canonical, stream_to_html
from .read_only_fields import make_other_languages_read_only
from .translatable_content import content_languages, translated_field_names

LANGUAGE_PERMISSION = "translation_status.translate_{}"


def language_name(code):
    """The language's name in the reader's language ("French", "Frans", "français")."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def translator_languages(user):
    """The languages a translator may edit, or None when the user is not restricted."""
    if user is None or user.is_superuser:
        return None
    languages = [
        code for code in content_languages() if user.has_perm(LANGUAGE_PERMISSION.format(code))
    ]
    return languages or None


def localized_fields(model):
    """{"title_fr": ("title", "fr"), ...} for every translated field of `model`."""
    return {
        build_localized_fieldname(name, code): (name, code)
        for name in translated_field_names(model)
        for code in content_languages()
    }


def _comparable(model, base_name, value):
    model_field = model._meta.get_field(base_name)
    if isinstance(model_field, StreamField):
        if isinstance(value, blocks.StreamValue) or isinstance(value, list):
            value = (
                model_field.stream_block.to_python(model_field.stream_block.get_prep_value(value))
                if isinstance(value, list)
                else value
            )
            return canonical(stream_to_html(model_field.stream_block, value))
        return canonical(str(value or ""))
    if value is None:
        return ""
    return canonical(str(getattr(value, "source", value)))


def forbidden_changes(form, languages):
    """The other-language fields this bound, cleaned form would change (label, language)."""
    model = form._meta.model
    refused = []
    for field_name, (base_name, code) in localized_fields(model).items():
        if code in languages or field_name not in form.fields:
            continue
        if field_name not in form.cleaned_data:
            continue
        before = _comparable(model, base_name, form.initial.get(field_name))
        after = _comparable(model, base_name, form.cleaned_data[field_name])
        if before != after:
            refused.append((field_name, code))
    return refused


def shared_field_changes(form):
    """The language-neutral model fields this bound, cleaned form would change."""
    model = form._meta.model
    translated = localized_fields(model)
    base_names = set(translated_field_names(model))
    changed = []
    for field_name in form.changed_data:
        if field_name in translated or field_name in base_names:
            continue
        try:
            model._meta.get_field(field_name)
        except FieldDoesNotExist:
            continue  # form-only inputs, e.g. Wagtail's comment notifications or row order
        changed.append(field_name)
    return changed


class LanguageScopedFormMixin:
    """Refuses, for translators, any change to a field of a language not theirs, and shows
    those fields read-only (`read_only_fields`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        languages = translator_languages(getattr(self, "for_user", None))
        if languages is None:
            return
        make_other_languages_read_only(self, languages, localized_fields(self._meta.model))
        for formset in getattr(self, "formsets", {}).values():
            for form in formset.forms:
                model = form._meta.model
                make_other_languages_read_only(form, languages, localized_fields(model))

    def clean(self):
        cleaned_data = super().clean()
        languages = translator_languages(getattr(self, "for_user", None))
        if languages is None:
            return cleaned_data
        allowed = ", ".join(language_name(code) for code in languages)
        for form in [self, *self._inline_forms()]:
            for field_name, code in forbidden_changes(form, languages):
                message = _(
                    "You may only change the text in %(allowed)s. This change to the text in "
                    "%(language)s was refused and nothing was saved."
                ) % {"allowed": allowed, "language": language_name(code)}
                if form is self:
                    self.add_error(field_name, message)
                else:
                    form.add_error(field_name, message)
                    self.add_error(None, message)
        self._refuse_shared_changes(allowed)
        return cleaned_data

    def _refuse_shared_changes(self, allowed):
        for field_name in shared_field_changes(self):
            self.add_error(field_name, self._shared_message(allowed, self.fields[field_name]))
        for formset in getattr(self, "formsets", {}).values():
            for form in formset.forms:
                if not form.is_valid():
                    continue
                is_new = form.instance.pk is None
                if form.cleaned_data.get("DELETE") or (is_new and form.has_changed()):
                    self.add_error(
                        None,
                        _(
                            "You may only change the text in %(allowed)s. Only editors may add "
                            "or remove %(rows)s; nothing was saved."
                        )
                        % {"allowed": allowed, "rows": form._meta.model._meta.verbose_name_plural},
                    )
                    continue
                for field_name in shared_field_changes(form):
                    message = self._shared_message(allowed, form.fields[field_name])
                    form.add_error(field_name, message)
                    self.add_error(None, message)

    @staticmethod
    def _shared_message(allowed, field):
        return _(
            "You may only change the text in %(allowed)s. “%(field)s” is the same in every "
            "language: only editors may change it, and nothing was saved."
        ) % {"allowed": allowed, "field": field.label}

    def _inline_forms(self):
        """Inline rows with translated fields (e.g. results), valid and not being deleted."""
        forms = []
        for formset in getattr(self, "formsets", {}).values():
            for form in formset.forms:
                if not translated_field_names(form._meta.model) or not form.is_valid():
                    continue
                if form.cleaned_data.get("DELETE"):
                    continue
                forms.append(form)
        return forms


def scoped_form_class(form_class):
    if issubclass(form_class, LanguageScopedFormMixin):
        return form_class
    return type(f"LanguageScoped{form_class.__name__}", (LanguageScopedFormMixin, form_class), {})


def install_language_scoped_forms():
    """Wrap the edit form of every translated page, snippet and setting."""
    from wagtail.admin.forms import WagtailAdminModelForm
    from wagtail.admin.panels import get_edit_handler  # noqa: F401  (sets Page.base_form_class)

    for model in translator.get_registered_models(abstract=False):
        base = getattr(model, "base_form_class", None) or WagtailAdminModelForm
        model.base_form_class = scoped_form_class(base)
        if hasattr(model, "get_edit_handler") and hasattr(model.get_edit_handler, "cache_clear"):
            model.get_edit_handler.cache_clear()
