"""The seeded site, for tests that need it and live-server tests whose database was emptied."""

import io

from django.core.management import call_command


def ensure_seeded() -> None:
    """Seed the database unless it already holds the seeded site.

    A test in a transaction starts from the session's seeded database (its own
    changes are rolled back), so seeding again would only cost time. A live-server
    test empties the database when it ends, so the next one seeds afresh.
    """
    from cms.models import Page

    if not Page.objects.exists():
        call_command("seed_site", stdout=io.StringIO())
