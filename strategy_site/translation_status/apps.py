from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationStatusConfig(AppConfig):
    name = "strategy_site.translation_status"
    label = "translation_status"
    verbose_name = _("Translation status")

    def ready(self):
        from . import language_permissions, source_tracking, translation_memory

        # wagtail-modeltranslation has patched every translated model's form by now (its app
        # comes first in INSTALLED_APPS); ours wraps that form.
        language_permissions.install_language_scoped_forms()
        source_tracking.connect_signals()
        translation_memory.connect()
