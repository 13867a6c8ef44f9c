import base64
import binascii
import zlib

from django import forms
from django.template.defaultfilters import filesizeformat
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


# A 500-page site exports about 1 MB per language; a larger file is a mistake or an attack
# (reading 20 MB takes seconds and over 100 MB of a worker's memory).
MAX_IMPORT_BYTES = 5 * 1024 * 1024


def pack(content):
    """The file's text for the confirmation form, compressed: a form field may not carry more
    than Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB), a file may be 5 MB."""
    return base64.b64encode(zlib.compress(content.encode(), 6)).decode("ascii")


def unpack(packed):
    """The text `pack` carried, or None if it is not such a text or is too large."""
    try:
        inflater = zlib.decompressobj()
        data = inflater.decompress(base64.b64decode(packed, validate=True), MAX_IMPORT_BYTES + 1)
        if len(data) > MAX_IMPORT_BYTES or inflater.unconsumed_tail:
            return None
        return data.decode("utf-8")
    except (binascii.Error, zlib.error, UnicodeDecodeError):
        return None


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    file = forms.FileField(label=_("Translated file (PO or XLIFF)"), required=False)
    # The file's text (`pack`), carried from the preview to the confirmation.
    content = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, language_name(code)) for code in languages]
        self.fields["file"].help_text = _("A PO or XLIFF file of at most %(size)s.") % {
            "size": filesizeformat(MAX_IMPORT_BYTES)
        }

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            if upload.size > MAX_IMPORT_BYTES:
                raise forms.ValidationError(
                    _("The file is larger than %(size)s: export and import smaller parts.")
                    % {"size": filesizeformat(MAX_IMPORT_BYTES)}
                )
            try:
                cleaned["text"] = upload.read().decode("utf-8")
            except UnicodeDecodeError:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from None
        elif cleaned.get("content"):
            cleaned["text"] = unpack(cleaned["content"])
            if cleaned["text"] is None:
                raise forms.ValidationError(_("The preview has expired: choose the file again."))
        if not cleaned.get("text"):
            raise forms.ValidationError(_("Choose a file to import."))
        return cleaned
