from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks

from strategy_site.translation_status.wagtail_hooks import (
    TRANSLATIONS_MENU_HOOK,
    TranslatorsMenuItem,
)

from . import urls


@hooks.register("register_admin_urls")
def register_translation_exchange_urls():
    return [path("translation-exchange/", include(urls, namespace="translation_exchange"))]


@hooks.register(TRANSLATIONS_MENU_HOOK)
def register_export_menu_item():
    return TranslatorsMenuItem(
        gettext_lazy("Export for an agency"),
        reverse("translation_exchange:export"),
        name="translation-export",
        icon_name="download",
        order=200,
    )


@hooks.register(TRANSLATIONS_MENU_HOOK)
def register_import_menu_item():
    return TranslatorsMenuItem(
        gettext_lazy("Import a translated file"),
        reverse("translation_exchange:import"),
        name="translation-import",
        icon_name="upload",
        order=300,
    )
