from django.contrib import messages
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import urls
from .language_permissions import language_name, translator_languages
from .models import GlossaryTerm
from .source_tracking import is_stale, load_records, units_of
from .translatable_content import SOURCE_LANGUAGE, TranslatableItem, content_languages
from .views import can_view_status

OPEN_FIELD_SCRIPT = "translation_status/js/open_translated_field.js"
OWN_LANGUAGES_SCRIPT = "translation_status/js/translator_languages_first.js"


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_status(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [path("translation-status/", include(urls, namespace="translation_status"))]


class TranslationsSubmenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return can_view_status(request.user)


# Each translators' tool (status, export, import) registers its entry under this hook.
TRANSLATIONS_MENU_HOOK = "register_translations_menu_item"


@hooks.register("register_admin_menu_item")
def register_translations_menu():
    return TranslationsSubmenuItem(
        gettext_lazy("Translations"),
        Menu(register_hook_name=TRANSLATIONS_MENU_HOOK),
        name="translations",
        icon_name="globe",
        order=250,
    )


@hooks.register(TRANSLATIONS_MENU_HOOK)
def register_translation_status_menu_item():
    return TranslatorsMenuItem(
        gettext_lazy("Translation status"),
        reverse("translation_status:index"),
        name="translation-status",
        icon_name="list-ul",
        order=100,
    )


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    add_to_admin_menu = False  # listed in the Translations menu instead
    list_display = ["term_nl", "term_fr", "term_en", "do_not_translate"]
    search_fields = ["term_nl", "term_fr", "term_en"]


glossary_viewset = GlossaryViewSet()
register_snippet(glossary_viewset)


@hooks.register(TRANSLATIONS_MENU_HOOK)
def register_glossary_menu_item():
    return TranslatorsMenuItem(
        gettext_lazy("Glossary"),
        reverse(glossary_viewset.get_url_name("list")),
        name="translation-glossary",
        icon_name="openquote",
        order=400,
    )


def _warn_about_stale_translations(request, obj):
    """On opening an edit view: name the translations whose source changed since."""
    if request.method != "GET" or not can_view_status(request.user):
        return
    obj = (
        obj.get_latest_revision_as_object()
        if hasattr(obj, "get_latest_revision_as_object")
        else obj
    )
    units = units_of(obj)
    records = load_records(units)
    languages = [
        code
        for code in (translator_languages(request.user) or content_languages())
        if code != SOURCE_LANGUAGE
    ]
    stale = [
        f"{unit.label} ({language_name(code)})"
        for unit in units
        for code in languages
        if is_stale(unit, code, records)
    ]
    if stale:
        key = TranslatableItem(obj, "", None).key
        messages.warning(
            request,
            format_html(
                '{} {} <a href="{}">{}</a>',
                _("The Dutch text changed since these translations were made:"),
                ", ".join(stale),
                reverse("translation_status:review", kwargs={"key": key}),
                _("Compare and mark reviewed"),
            ),
        )


@hooks.register("before_edit_page")
def warn_about_stale_page_translations(request, page):
    _warn_about_stale_translations(request, page.specific)


@hooks.register("before_edit_snippet")
def warn_about_stale_snippet_translations(request, instance):
    _warn_about_stale_translations(request, instance)


@hooks.register("insert_editor_js")
def open_the_linked_translated_field():
    return format_html('<script src="{}" defer></script>', static(OPEN_FIELD_SCRIPT))


@hooks.register("insert_editor_js")
def open_the_translator_languages():
    return format_html('<script src="{}" defer></script>', static(OWN_LANGUAGES_SCRIPT))
