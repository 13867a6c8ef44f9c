from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategySiteConfig(AppConfig):
    name = "strategy_site"
    verbose_name = _("Site")

    def ready(self):
        from . import page_redirects

        page_redirects.connect()
