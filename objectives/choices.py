"""The result levels, shared by the models and the selectors that group by them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ResultLevel(models.TextChoices):
    AGENCY = "agency", _("perspective.brussels")
    REGION = "region", _("Brussels-Capital Region")
