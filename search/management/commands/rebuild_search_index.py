"""Make the site search's index match every published page and publication.

Safe to run at any time and idempotent: it writes only the entries that
differ, so a second run changes nothing. Publishing keeps the index in step on
its own; run this after restoring a backup, a bulk import or a change to how
pages are indexed. seed_site runs it at its end.
"""

from django.core.management.base import BaseCommand

from search.index import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the search index from the published pages and publications."

    def handle(self, *args, **options):
        counts = rebuild_index()
        if any(counts.values()):
            self.stdout.write(
                "Search index: {added} added, {changed} changed, {removed} removed.".format(
                    **counts
                )
            )
        else:
            self.stdout.write("Search index: already up to date.")
