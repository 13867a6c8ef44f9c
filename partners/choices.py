"""The partner levels, shared by the models and the selectors that group by them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerLevel(models.TextChoices):
    REGIONAL = "regional", _("Regional")
    BELGIAN = "belgian", _("Belgian")
    EUROPEAN = "european", _("European")
    INTERNATIONAL = "international", _("International")
