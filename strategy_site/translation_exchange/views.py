"""Export and import in the admin: the same work as the management commands."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from strategy_site.translation_status.language_permissions import (
    language_name,
    translator_languages,
)
from strategy_site.translation_status.translatable_content import (
    content_languages,
    load_items,
    sections_of,
    target_languages,
)
from strategy_site.translation_status.views import can_view_status

from .catalogue import export_entries
from .forms import ExportForm, ImportForm, pack
from .importer import import_translations
from .po_format import write_po
from .xliff_format import write_xliff


class ExchangeViewMixin(WagtailAdminTemplateMixin):
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def languages(self):
        allowed = translator_languages(self.request.user) or content_languages()
        return [code for code in target_languages() if code in allowed]


class ExportView(ExchangeViewMixin, TemplateView):
    template_name = "translation_exchange/export.html"
    page_title = gettext_lazy("Export translations")

    def get(self, request, *args, **kwargs):
        sections = sections_of(load_items())
        form = ExportForm(request.GET or None, languages=self.languages(), sections=sections)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        entries = export_entries(
            data["language"], only=data["only"] or None, section=data["section"] or None
        )
        if data["file_format"] == "xliff":
            body, extension = write_xliff(entries, data["language"]), "xlf"
            content_type = "application/xliff+xml; charset=utf-8"
        else:
            translator = request.user.get_full_name() or request.user.get_username()
            if request.user.email:
                translator += f" <{request.user.email}>"
            body = write_po(entries, data["language"], translator=translator)
            extension = "po"
            content_type = "text/x-gettext-translation; charset=utf-8"
        response = HttpResponse(body, content_type=content_type)
        filename = f"translations-{data['language']}.{extension}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class ImportView(ExchangeViewMixin, TemplateView):
    """Upload → preview (a dry run) → confirm (the real run, same counts)."""

    template_name = "translation_exchange/import.html"
    page_title = gettext_lazy("Import translations")
    header_icon = "upload"

    def get(self, request, *args, **kwargs):
        form = ImportForm(languages=self.languages())
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        form = ImportForm(request.POST, request.FILES, languages=self.languages())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        confirmed = "confirm" in request.POST
        report = import_translations(
            form.cleaned_data["text"],
            form.cleaned_data["language"],
            dry_run=not confirmed,
            user=request.user,
        )
        if confirmed and report.applied:
            messages.success(
                request, _("Imported as drafts: %(summary)s.") % {"summary": report.summary()}
            )
        confirm_form = ImportForm(
            initial={
                "language": form.cleaned_data["language"],
                "content": pack(form.cleaned_data["text"]),
            },
            languages=self.languages(),
        )
        return render(
            request,
            self.template_name,
            self.get_context_data(
                form=confirm_form,
                report=report,
                confirmed=confirmed,
                language_label=language_name(form.cleaned_data["language"]),
            ),
        )
