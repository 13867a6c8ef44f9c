from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteImagesConfig(AppConfig):
    name = "strategy_site.images"
    label = "site_images"
    verbose_name = _("Images")
