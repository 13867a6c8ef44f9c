from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategySiteConfig(AppConfig):
    name = "strategy_site"
    verbose_name = _("Site")

    def ready(self):
        # Connects the pre_save receiver that cleans rich text on every save.
        from strategy_site import rich_text_safety  # noqa: F401
