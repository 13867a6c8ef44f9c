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


class GlossaryTerm(models.Model):
    """An official name or term and how it is written in each language.

    The quality checks (`quality_checks`) warn when a translation of a text that uses the
    Dutch term does not use the term given here, or changes a name not to be translated.
    """

    term_nl = models.CharField(_("Dutch"), max_length=255, unique=True)
    term_fr = models.CharField(_("French"), max_length=255, blank=True)
    term_en = models.CharField(_("English"), max_length=255, blank=True)
    do_not_translate = models.BooleanField(
        _("do not translate"),
        default=False,
        help_text=_("A name written the same in every language, such as urban.brussels."),
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term_nl"]

    def __str__(self):
        return self.term_nl

    def as_entry(self):
        from .quality_checks import GlossaryEntry

        return GlossaryEntry(
            self.term_nl, {"fr": self.term_fr, "en": self.term_en}, self.do_not_translate
        )


def glossary_entries():
    """The whole glossary, for `quality_checks.check_unit` (one query)."""
    return [term.as_entry() for term in GlossaryTerm.objects.all()]


class MemoryEntry(models.Model):
    """One approved translation: a Dutch source text and its translation into one language.

    `source_text` is the source as plain text (what is matched), `target` the translation
    as the field holds it (HTML for rich text and blocks), so taking a match keeps its markup.
    """

    language = models.CharField(max_length=8)
    source_hash = models.CharField(max_length=64)
    source_text = models.TextField()
    source_length = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, default="text")
    target = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation memory entry")
        verbose_name_plural = _("translation memory")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["language", "kind", "source_hash"], name="unique_memory_entry"
            )
        ]
        indexes = [models.Index(fields=["language", "source_length"], name="memory_length_index")]

    def __str__(self):
        return f"{self.language}: {self.source_text[:50]}"
