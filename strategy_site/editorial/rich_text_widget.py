"""Draftail, handing on what is not its own JSON as `NotEditorContent` (rich_text_input.py)."""

from wagtail.admin.rich_text import DraftailRichTextArea

from strategy_site.editorial.rich_text_input import NotEditorContent


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            return NotEditorContent(data.get(name, ""))
