from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategySiteConfig(AppConfig):
    name = "strategy_site"
    verbose_name = _("Site")

    def ready(self):
        # Importing rich_text_safety connects the receiver that cleans rich text on save.
        from strategy_site.caching import cdn_purge, content_signals
        from strategy_site.editorial import (  # noqa: F401
            admin_titles,
            rich_text_safety,
            workflow_names,
        )
        from strategy_site.editorial.rich_text_input import register_rich_text_field_override
        from strategy_site.i18n import page_redirects
        from strategy_site.ops import deploy_checks  # noqa: F401  (registers its checks)
        from strategy_site.page_routing import OneQueryRoutingMixin

        admin_titles.connect()
        register_rich_text_field_override()
        content_signals.connect()
        cdn_purge.connect()
        page_redirects.connect()
        OneQueryRoutingMixin.attach()  # after wagtail_modeltranslation, listed first
        workflow_names.connect()
