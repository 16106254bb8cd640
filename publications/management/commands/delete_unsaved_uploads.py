"""Delete PDFs kept for a publication form that was never saved, after a day (run it daily).

A PDF chosen in the admin's publication form is kept when the form has an error, so the
editor need not choose it again (publications/kept_uploads.py); a save takes it. This
removes those still kept a day later, and any file in their folder that nothing names.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from publications.kept_uploads import KEPT_FOR, discard_unsaved


class Command(BaseCommand):
    help = "Delete PDFs kept for publication forms that were never saved, after a day."

    def handle(self, *args, **options):
        removed = discard_unsaved(kept_before=timezone.now() - KEPT_FOR)
        self.stdout.write(
            f"Deleted {removed} unsaved upload{'s' if removed != 1 else ''} kept for over a day."
        )
