from django import forms
from django.utils.translation import gettext_lazy as _

from strategy_site.translation_status.language_permissions import language_name


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    file_format = forms.ChoiceField(
        label=_("Format"), choices=[("po", "PO (gettext)"), ("xliff", "XLIFF 2.0")]
    )
    only = forms.ChoiceField(
        label=_("Fields"),
        required=False,
        choices=[
            ("", _("All fields")),
            ("missing", _("Only missing translations")),
            ("stale", _("Only translations to review")),
        ],
    )
    section = forms.ChoiceField(label=_("Section"), required=False)

    def __init__(self, *args, languages, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, language_name(code)) for code in languages]
        self.fields["section"].choices = [("", _("Whole site"))] + [
            (section.key, section.title) for section in sections
        ]


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    file = forms.FileField(label=_("Translated file (PO or XLIFF)"), required=False)
    # The file's text, carried from the preview to the confirmation.
    content = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, language_name(code)) for code in languages]

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            try:
                cleaned["content"] = upload.read().decode("utf-8")
            except UnicodeDecodeError:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from None
        if not cleaned.get("content"):
            raise forms.ValidationError(_("Choose a file to import."))
        return cleaned
