"""Readers' answers to "Is this page useful?": anonymous, kept for a limited time."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

__all__ = ["PageFeedback"]


class PageFeedbackQuerySet(models.QuerySet):
    def older_than_retention(self, now=None):
        """Answers older than ``FEEDBACK_RETENTION_DAYS``, which the privacy notice promises."""
        now = now or timezone.now()
        return self.filter(created_at__lt=now - timedelta(days=settings.FEEDBACK_RETENTION_DAYS))


class PageFeedback(models.Model):
    """One answer. No name, no email, no IP address: nothing that says who sent it."""

    path = models.CharField("page", max_length=500, db_index=True)
    useful = models.BooleanField("useful?", null=True)
    looking_for = models.TextField("what they were looking for", blank=True)
    created_at = models.DateTimeField("sent", default=timezone.now, db_index=True)

    objects = PageFeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "page feedback"
        verbose_name_plural = "page feedback"

    def __str__(self) -> str:
        answer = {True: "useful", False: "not useful", None: "no answer"}[self.useful]
        return f"{self.path}: {answer}"
