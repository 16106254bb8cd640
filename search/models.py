"""The site search's index: one row per published page or publication."""

from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models

__all__ = ["SearchEntry"]

# The text-search configuration: English stemming ("plans" finds "plan") and stop words.
SEARCH_CONFIG = "english"


class OnPostgreSQL(models.Func):
    """Its expression on PostgreSQL; NULL on SQLite, whose search reads the text columns."""

    template = "%(expressions)s"

    def as_sqlite(self, compiler, connection, **extra_context):
        return "NULL", []


def weighted_search_document():
    """Title weighs most (A), then summary (B), then body (C)."""
    return (
        SearchVector("title", config=SEARCH_CONFIG, weight="A")
        + SearchVector("summary", config=SEARCH_CONFIG, weight="B")
        + SearchVector("body", config=SEARCH_CONFIG, weight="C")
    )


class SearchEntry(models.Model):
    """What the site search finds: the words of one published page or publication.

    search/index.py keeps the rows in step: a page's row is rewritten
    when a version of it is published or unpublished, a publication's when it
    is saved or deleted, and ``manage.py rebuild_search_index`` rewrites them
    all. Drafts, unpublished pages and withdrawn publications have no row.

    On PostgreSQL ``search_vector`` is a stored generated column with a GIN
    index (added by the migration only there); on SQLite it is always NULL and
    the search matches words in the text columns instead (search/ranking.py).
    """

    class Kind(models.TextChoices):
        PAGE = "page", "Page"
        PUBLICATION = "publication", "Publication"

    kind = models.CharField(max_length=16, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(help_text="The page's or publication's id.")
    url = models.CharField(max_length=2048)
    title = models.CharField(max_length=255)
    label = models.CharField(
        max_length=64, help_text='What the result is, as shown: "Page", "Strategy"...'
    )
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text="The plain text of the page or document.")
    search_vector = models.GeneratedField(
        expression=OnPostgreSQL(weighted_search_document()),
        output_field=SearchVectorField(null=True),
        db_persist=True,
    )

    class Meta:
        verbose_name_plural = "search entries"
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_once")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"
