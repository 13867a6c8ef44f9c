"""The site's image model: Wagtail's image with its alt text in every language.

Wagtail uses an image's `description` as its alt text (`default_alt_text`, rich text,
`ImageBlock`); here that field is relabelled "alt text" and translated by modeltranslation
(`description_nl`, `description_fr`, `description_en`), so one upload serves all three
languages. Which languages must be filled is checked where the image is used: see
`strategy_site.images.alt_text`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition

from strategy_site.i18n.translated_fields import localized_field_names, raw_value


class SiteImage(AbstractImage):
    description = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        default="",
        help_text=_(
            "What the image shows, for people who cannot see it (read aloud by screen "
            "readers, shown when the image does not load). One sentence, in this language. "
            "Required in every language of a page that shows the image."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        *localized_field_names("description"),
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    # The translation status lists an image as missing in a language without alt text.
    translation_required_fields = ("description",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def alt_text_in(self, language):
        """The alt text written in `language`, without falling back to another language."""
        return (raw_value(self, "description", language) or "").strip()


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
