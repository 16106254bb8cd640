"""Delete "Is this page useful?" answers older than FEEDBACK_RETENTION_DAYS (run it daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from feedback.models import PageFeedback


class Command(BaseCommand):
    help = "Delete page feedback older than the retention period the privacy notice promises."

    def handle(self, *args, **options):
        deleted, _ = PageFeedback.objects.older_than_retention().delete()
        self.stdout.write(
            f"Deleted {deleted} feedback answer{'s' if deleted != 1 else ''} older than "
            f"{settings.FEEDBACK_RETENTION_DAYS} days."
        )
