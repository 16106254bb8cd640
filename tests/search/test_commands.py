"""manage.py rebuild_search_index: says what it did, and a second run changes nothing."""

import io

from django.core.management import call_command

from pages.seed.content import SEED_PAGES
from search.models import SearchEntry


def test_rebuild_command_reports_and_is_idempotent(seeded_site):
    out = io.StringIO()
    SearchEntry.objects.filter(kind="page").delete()

    call_command("rebuild_search_index", stdout=out)
    call_command("rebuild_search_index", stdout=out)

    assert f"{len(SEED_PAGES)} added" in out.getvalue()
    assert "already up to date" in out.getvalue()
