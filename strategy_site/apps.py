from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategySiteConfig(AppConfig):
    name = "strategy_site"
    verbose_name = _("Site")

    def ready(self):
        # Importing rich_text_safety connects the receiver that cleans rich text on save.
        from strategy_site import (  # noqa: F401
            cdn_purge,
            content_signals,
            page_redirects,
            rich_text_safety,
        )
        from strategy_site.rich_text_input import register_rich_text_field_override

        register_rich_text_field_override()
        content_signals.connect()
        cdn_purge.connect()
        page_redirects.connect()
