"""``manage.py make_scheduled_changes``: publish and withdraw what is due, for cron.

Readers never need it: the first request at or after a scheduled minute makes
the change before it is answered (reviews/schedules.py). Run it every minute
from cron so a change is made on time on a site nobody is visiting (the search
index and the editors' emails follow at once).
"""

from django.core.management.base import BaseCommand

from reviews.schedules import make_due_changes


class Command(BaseCommand):
    help = "Publish and withdraw what was scheduled for now or earlier."

    def handle(self, *args, **options):
        made = make_due_changes()
        for change in made:
            self.stdout.write(f"{change.get_action_display()}: {change.version.content}")
        self.stdout.write(f"{len(made)} scheduled change(s) made.")
