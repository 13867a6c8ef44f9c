"""Rich-text input that is not the editor's own format is a form error, not a 500.

Draftail posts its content as JSON. Anything else (raw HTML typed into a request by hand,
a truncated post) made Wagtail's converter raise and the save answer 500. Here the widget
(`rich_text_widget.py`) hands such input on marked as `NotEditorContent`, and the form
field refuses it with a message in the editor's language, so nothing is saved; the form
shows again with the text in the editor (its HTML read as stored rich text is read).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

NOT_EDITOR_CONTENT = _(
    "This text did not come from the editor and was not saved. Type or paste it into the "
    "editor, then save again."
)


class NotEditorContent(str):
    """Posted rich text that the editor's converter could not read."""


class EditorContentField(forms.CharField):
    def to_python(self, value):
        if isinstance(value, NotEditorContent):
            raise ValidationError(NOT_EDITOR_CONTENT, code="not_editor_content")
        return super().to_python(value)


def register_rich_text_field_override():
    """Every RichTextField of an admin form gets EditorContentField."""
    from wagtail.admin.forms.models import register_form_field_override
    from wagtail.fields import RichTextField

    register_form_field_override(RichTextField, override={"form_class": EditorContentField})


class CheckedRichTextBlock(blocks.RichTextBlock):
    """RichTextBlock whose form field refuses what is not the editor's content."""

    @cached_property
    def field(self):
        from wagtail.admin.rich_text import get_rich_text_editor_widget

        return EditorContentField(
            widget=get_rich_text_editor_widget(self.editor, features=self.features),
            **self.field_options,
        )

    def deconstruct(self):
        # Stored block definitions (migrations) stay those of Wagtail's RichTextBlock.
        _path, args, kwargs = super().deconstruct()
        return ("wagtail.blocks.RichTextBlock", args, kwargs)
