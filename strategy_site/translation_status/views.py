"""The translators' admin views: the site-wide status, reviewing stale translations,
and copying the source text into an empty translation."""

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .field_text import field_text, is_filled
from .language_permissions import language_name, translator_languages
from .models import MemoryEntry, glossary_entries
from .quality_checks import check_unit
from .readable_diff import plain_text, word_diff
from .source_tracking import is_stale, load_records, mark_reviewed, source_when_translated
from .status_report import STATUS_LABELS, build_report
from .translatable_content import (
    NON_PAGE_SECTIONS,
    SOURCE_LANGUAGE,
    content_languages,
    kind_of,
    load_items,
    target_languages,
)
from .translation_memory import fuzzy_matches
from .translation_writer import write_translations

VIEW_PERMISSION = "translation_status.view_translation_status"
# Rows per page of the status list: rendering is what costs on a large site, not the figures.
ROWS_PER_PAGE = 50


def can_view_status(user):
    return user.is_active and user.has_perm(VIEW_PERMISSION)


class TranslatorViewMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_view_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def allowed_languages(self):
        return translator_languages(self.request.user) or content_languages()

    def posted_field(self, request):
        """(item, language, unit) that a form posts to write a translation: PermissionDenied
        for a language the user does not translate into; `unit` None for an unknown field."""
        item = _find_item(request.POST.get("item", ""))
        language = request.POST.get("language")
        if language not in self.allowed_languages() or language not in target_languages():
            raise PermissionDenied
        unit = next((u for u in item.units if u.identifier == request.POST.get("unit")), None)
        return item, language, unit


class TranslationStatusView(TranslatorViewMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "translation_status/status.html"
    page_title = gettext_lazy("Translation status")
    header_icon = "globe"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        params = self.request.GET
        language = params.get("language") if params.get("language") in content_languages() else None
        status = params.get("status") if params.get("status") in STATUS_LABELS else None
        section = params.get("section") or None
        report = build_report(language=language, status=status, section=section)
        rows_page = Paginator(report.rows, ROWS_PER_PAGE).get_page(params.get("page"))
        filters = params.copy()
        filters.pop("page", None)
        context.update(
            report=report,
            rows_page=rows_page,
            filter_query=filters.urlencode(),
            language_choices=[(code, language_name(code)) for code in content_languages()],
            status_choices=list(STATUS_LABELS.items()),
            selected={"language": language or "", "status": status or "", "section": section or ""},
            editable_languages=self.allowed_languages(),
            source_language=SOURCE_LANGUAGE,
        )
        return context


def _find_item(key):
    """The item whose key ("app.model:pk") is given, read as its latest draft."""
    label, _sep, pk = key.rpartition(":")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError) as error:
        raise Http404 from error
    if issubclass(model, Page):
        section = pk if pk.isdigit() else None
    else:
        section = NON_PAGE_SECTIONS[kind_of(model)]
    for item in load_items(section=section) if section else []:
        if item.key == key:
            return item
    raise Http404


class ReviewView(TranslatorViewMixin, WagtailAdminTemplateMixin, TemplateView):
    """The stale translations of one item: old and new source side by side."""

    template_name = "translation_status/review.html"
    page_title = gettext_lazy("Review translations")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = _find_item(self.kwargs["key"])
        records = load_records(item.units)
        glossary = glossary_entries()
        stale = []
        for unit in item.units:
            for language in self.allowed_languages():
                if language == SOURCE_LANGUAGE or not is_stale(unit, language, records):
                    continue
                old, new = word_diff(
                    source_when_translated(unit, language, records),
                    unit.text(SOURCE_LANGUAGE),
                )
                stale.append(
                    {
                        "unit": unit,
                        "language": language,
                        "language_name": language_name(language),
                        "old_source": old,
                        "new_source": new,
                        "translation": plain_text(
                            field_text(unit.instance, unit.field_name, language)
                        ),
                        "edit_url": item.field_url(unit, language),
                        "findings": check_unit(
                            unit.text(SOURCE_LANGUAGE), unit.text(language), language, glossary
                        ),
                    }
                )
        missing = self.missing_units(item)
        _add_matches(stale + missing)
        context.update(
            item=item, stale=stale, missing=missing, checked=self.checked_units(item, glossary)
        )
        return context

    def missing_units(self, item):
        """Empty translations in the reviewer's languages, with the memory's best matches."""
        missing = []
        for unit in item.units:
            for language in self.allowed_languages():
                if language == SOURCE_LANGUAGE or is_filled(unit.text(language)):
                    continue
                source = unit.text(SOURCE_LANGUAGE)
                if not is_filled(source):
                    continue
                missing.append(
                    {
                        "unit": unit,
                        "language": language,
                        "language_name": language_name(language),
                        "source": plain_text(source),
                        "edit_url": item.field_url(unit, language),
                    }
                )
        return missing

    def checked_units(self, item, glossary):
        """Every translated field of the item with quality findings, per language."""
        checked = []
        for unit in item.units:
            source = unit.text(SOURCE_LANGUAGE)
            for language in self.allowed_languages():
                if language == SOURCE_LANGUAGE:
                    continue
                findings = check_unit(source, unit.text(language), language, glossary)
                if findings:
                    checked.append(
                        {
                            "unit": unit,
                            "language": language,
                            "language_name": language_name(language),
                            "findings": findings,
                            "translation": plain_text(unit.text(language)),
                            "edit_url": item.field_url(unit, language),
                        }
                    )
        return checked

    def post(self, request, *args, **kwargs):
        item = _find_item(self.kwargs["key"])
        language = request.POST.get("language")
        if language not in self.allowed_languages() or language == SOURCE_LANGUAGE:
            raise PermissionDenied
        unit = next((u for u in item.units if u.identifier == request.POST.get("unit")), None)
        if unit is None:
            raise Http404
        mark_reviewed(unit, language)
        messages.success(
            request,
            _("“%(field)s” (%(language)s) marked as reviewed.")
            % {"field": unit.label, "language": language_name(language)},
        )
        return redirect("translation_status:review", key=item.key)


class CopySourceView(TranslatorViewMixin, TemplateView):
    """Copies the Dutch text into an empty translation, as a draft to start from."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        item, language, unit = self.posted_field(request)
        if unit is None:
            raise Http404
        if not _can_edit(request.user, item):
            raise PermissionDenied
        if is_filled(unit.text(language)):
            messages.warning(request, _("This field is already translated: nothing was copied."))
        else:
            source = getattr(unit.instance, f"{unit.field_name}_{SOURCE_LANGUAGE}")
            write_translations([(unit, language, source)], user=request.user)
            messages.success(
                request,
                _(
                    "The Dutch text of “%(field)s” was copied into the text in %(language)s "
                    "as a draft. Translate it before publishing."
                )
                % {"field": unit.label, "language": language_name(language)},
            )
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
            next_url = item.field_url(unit, language)
        return redirect(next_url)


class UseMatchView(TranslatorViewMixin, TemplateView):
    """Writes a translation memory match into a field, as a draft."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        item, language, unit = self.posted_field(request)
        entry = MemoryEntry.objects.filter(
            pk=request.POST.get("match") or None, language=language, kind=unit and unit.kind
        ).first()
        if unit is None or entry is None:
            raise Http404
        if not _can_edit(request.user, item):
            raise PermissionDenied
        write_translations([(unit, language, entry.target)], user=request.user)
        messages.success(
            request,
            _(
                "The translation memory's match was written into “%(field)s” (%(language)s) "
                "as a draft. Check it before publishing."
            )
            % {"field": unit.label, "language": language_name(language)},
        )
        return redirect("translation_status:review", key=item.key)


def _add_matches(entries):
    """Gives each review entry the memory's best matches for its unit's source, as
    `translation_memory.lookup` finds them: one query per language, not one per field."""
    by_language = {}
    for entry in entries:
        by_language.setdefault(entry["language"], []).append(entry)
    for language, group in by_language.items():
        requests = [(entry["unit"].text(SOURCE_LANGUAGE), entry["unit"].kind) for entry in group]
        found = fuzzy_matches(requests, language)
        for entry, request in zip(group, requests, strict=True):
            entry["matches"] = found.get(request, [])


def _can_edit(user, item):
    obj = item.obj
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    meta = obj._meta
    return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")


def review_url(item):
    return reverse("translation_status:review", kwargs={"key": item.key})
