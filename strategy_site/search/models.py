from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchEntry(models.Model):
    """One page's own text in one language, as the search page reads it."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="search_entries"
    )
    language = models.CharField(max_length=8)
    title = models.TextField()
    text = models.TextField(blank=True)
    # Filled on PostgreSQL only, with the language's text-search configuration (see
    # text_search.py); SQLite stores NULL in it and searches `title` and `text` directly.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="one_search_entry_per_language"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"
