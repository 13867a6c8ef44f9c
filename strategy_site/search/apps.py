from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    name = "strategy_site.search"
    label = "site_search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers  # noqa: F401
