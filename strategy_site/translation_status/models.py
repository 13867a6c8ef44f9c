"""Which version of the source text each translation was made from."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationRecord(models.Model):
    """One translated field in one language, and the source text it translates.

    A translation "needs review" when the source's current hash differs from `source_hash`.
    `source_text` keeps that older source so the translator can see what changed.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    field_name = models.CharField(max_length=100)
    language = models.CharField(max_length=8)
    source_hash = models.CharField(max_length=64)
    source_text = models.TextField(blank=True)
    target_hash = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation record")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field_name", "language"],
                name="unique_translation_record",
            )
        ]
        # The translators' permissions: one per language, and the status view itself.
        default_permissions = ()
        permissions = [
            ("view_translation_status", _("Can view the translation status")),
            ("translate_nl", _("Can translate into Dutch")),
            ("translate_fr", _("Can translate into French")),
            ("translate_en", _("Can translate into English")),
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}:{self.field_name}:{self.language}"
