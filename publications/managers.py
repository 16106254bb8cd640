"""How publications are looked up: QuerySet methods that name the rule, and the manager
djangocms-versioning uses for "published versions only"."""

from django.db import models
from djangocms_versioning.managers import PublishedContentManagerMixin


class PublicationContentQuerySet(models.QuerySet):
    def of_kind(self, kind):
        return self.filter(kind=kind)

    def about(self, topic_slug):
        return self.filter(topics__slug=topic_slug)

    def from_year(self, year):
        return self.filter(document_year=year)

    def matching(self, words):
        """Every word appears in the title, summary or HTML body."""
        query = self
        for word in words.split():
            query = query.filter(
                models.Q(title__icontains=word)
                | models.Q(summary__icontains=word)
                | models.Q(body__icontains=word)
            )
        return query

    def with_email_to_ask(self):
        """Each with ``email_to_ask``, where readers ask for the document (the label beside a
        stand-in PDF, publications/stand_ins.py): read in the same query, not one more."""
        from publications.models import PublicationSettings

        email = PublicationSettings.objects.order_by("pk").values("accessible_format_email")
        return self.annotate(email_to_ask=models.Subquery(email[:1]))

    def newest_first(self):
        """By the document's year, then its date, then the day it was added: a document no
        source dates is ordered by its year alone, after the dated ones of that year (on
        SQLite and PostgreSQL alike: the two put a missing date at opposite ends)."""
        return self.order_by(
            "-document_year",
            models.F("document_date").desc(nulls_last=True),
            models.F("date_submitted").desc(nulls_last=True),
            "-pk",
        )


class PublishedManager(
    PublishedContentManagerMixin, models.Manager.from_queryset(PublicationContentQuerySet)
):
    """djangocms-versioning's default manager (published versions only), read from ``is_live``.

    Versioning's own manager joins every row to its ``Version`` to find the published
    ones; over 10,000 publications that join made the list two to three times slower
    than one indexed table (docs/performance.md). ``is_live`` is set from versioning's
    own state by the publish and unpublish hooks (publications/publishing.py), so both
    answer the same: tests/publications/test_versions.py checks it after every action.
    Versioning uses this manager as it is (it replaces ``objects`` only when it lacks
    the mixin); its preview switches ``versioning_enabled`` off to see drafts.
    """

    def get_queryset(self):
        queryset = models.Manager.get_queryset(self)
        return queryset.filter(is_live=True) if self.versioning_enabled else queryset
