"""Other languages' fields, read-only in a translator's edit form.

A translator sees the fields of the other languages (to read the Dutch source, or the
English beside the French) but cannot type in them. Plain inputs get the `readonly`
attribute, which browsers still post: an unchanged value passes, and a forged change is
refused by `LanguageScopedFormMixin.clean` as before. Rich text and StreamField editors
cannot be made read-only that way, so they are replaced by their text, shown as such, with
the stored value carried in a hidden input: the form receives it back unchanged.
"""

import json

from django import forms
from django.core.serializers.json import DjangoJSONEncoder
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks import BlockWidget

from .field_text import stream_to_html
from .readable_diff import plain_text

READ_ONLY_NOTE = _("Read only: this is not one of your translation languages.")


class ReadOnlyRichTextWidget(forms.Widget):
    """Shows rich text as text and posts back the stored HTML."""

    def __init__(self, language, own_languages, attrs=None):
        super().__init__(attrs)
        self.language = language
        self.own_languages = own_languages

    def display_html(self, value):
        return value or ""

    def format_value(self, value):
        """The value as the hidden input carries it (and posts it back)."""
        return value or ""

    def render(self, name, value, attrs=None, renderer=None):
        paragraphs = plain_text(self.display_html(value)).split("\n")
        text = format_html_join("", "<p>{}</p>", ((line,) for line in paragraphs if line))
        return format_html(
            '<div class="translation-read-only" lang="{}"{}>{}<p class="help">{}</p></div>'
            '<input type="hidden" name="{}" value="{}">',
            self.language,
            flatatt(
                {
                    "id": (attrs or {}).get("id", ""),
                    "data-translator-languages": " ".join(self.own_languages),
                }
            ),
            text,
            READ_ONLY_NOTE,
            name,
            self.format_value(value),
        )

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class ReadOnlyStreamWidget(ReadOnlyRichTextWidget):
    """Shows a StreamField's text and posts back its blocks as JSON."""

    def __init__(self, language, own_languages, stream_block, attrs=None):
        super().__init__(language, own_languages, attrs)
        self.stream_block = stream_block

    def display_html(self, value):
        return stream_to_html(self.stream_block, value) if value else ""

    def format_value(self, value):
        raw = self.stream_block.get_prep_value(value) if value else []
        return json.dumps(raw, cls=DjangoJSONEncoder)

    def value_from_datadict(self, data, files, name):
        posted = data.get(name)
        if posted is None:
            # Posted as the block editor posts it (a client without this page's hidden input).
            return self.stream_block.value_from_datadict(data, files, name)
        try:
            raw = json.loads(posted)
        except ValueError:
            return None
        return self.stream_block.to_python(raw)


def make_other_languages_read_only(form, languages, localized):
    """Every field of `form` in a language outside `languages`, read-only.

    `localized` maps the form's localized field names to (field, language)."""
    for field_name, (_base_name, code) in localized.items():
        if code not in languages and field_name in form.fields:
            make_read_only(form.fields[field_name], code, languages)


def make_read_only(form_field, language, own_languages):
    """Turns one other-language form field read-only, whatever its editor.

    `own_languages` (the translator's) is written on the field for the editor script that
    opens those languages in the form (`translator_languages_first.js`)."""
    widget = form_field.widget
    if isinstance(widget, BlockWidget):
        form_field.widget = ReadOnlyStreamWidget(language, own_languages, widget.block_def)
    elif isinstance(widget, DraftailRichTextArea):
        form_field.widget = ReadOnlyRichTextWidget(language, own_languages)
    else:
        widget.attrs.update(
            {
                "readonly": True,
                "aria-readonly": "true",
                "lang": language,
                "data-translator-languages": " ".join(own_languages),
            }
        )
        form_field.help_text = format_html(
            "{} {}", form_field.help_text or "", READ_ONLY_NOTE
        ).strip()
