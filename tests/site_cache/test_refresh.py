"""The one timing rule (site_cache/refresh.py): at once, and once per transaction after it."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from site_cache import generation, refresh

pytestmark = pytest.mark.django_db


@pytest.fixture
def after_commit(monkeypatch):
    """What the after-commit step was asked to do, one entry per time it ran."""
    runs = []
    # Earlier tests' transactions were rolled back, leaving their changes waiting.
    monkeypatch.setattr(refresh._pending, "plugin_types", set(), raising=False)
    monkeypatch.setattr(refresh._pending, "waiting", False, raising=False)
    monkeypatch.setattr(refresh, "site_changed", lambda types=(): runs.append(set(types)))
    return runs


def test_many_changes_in_one_transaction_are_made_fresh_everywhere_once(
    after_commit, django_capture_on_commit_callbacks
):
    host_before = generation.state().host.read()
    with django_capture_on_commit_callbacks(execute=True):
        refresh.pages_changed(["ContactCardPlugin"])
        refresh.pages_changed(["KpisPlugin"])
        refresh.pages_changed()
        # at once, before the commit: this host's processes drop what they kept
        assert generation.state().host.read() == host_before + 3
        assert after_commit == []

    assert after_commit == [{"ContactCardPlugin", "KpisPlugin"}]


def test_a_change_in_a_rolled_back_savepoint_is_still_made_fresh_with_the_next_commit(
    after_commit, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                refresh.pages_changed(["GovernanceBodiesPlugin"])
                raise RuntimeError("the editor's save failed")
        except RuntimeError:
            pass
        refresh.pages_changed(["KpisPlugin"])

    assert after_commit == [{"GovernanceBodiesPlugin", "KpisPlugin"}]


def test_nothing_runs_after_the_commit_twice(after_commit, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        refresh.pages_changed(["KpisPlugin"])
    with django_capture_on_commit_callbacks(execute=True):
        refresh.pages_changed()

    assert after_commit == [{"KpisPlugin"}, set()]


def test_the_purge_command_empties_every_kept_page(settings, monkeypatch):
    purged = []
    settings.PROXY_PURGE_URLS = ["http://127.0.0.1:9/_dccs/purge-cache"]
    monkeypatch.setattr("site_cache.proxy_purge.purge_proxies", lambda: purged.append(True))
    reader = Client()
    reader.get("/about/")
    assert reader.get("/about/")["X-Page-Cache"] == "hit"

    call_command("purge_page_caches", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert reader.get("/about/")["X-Page-Cache"] == "miss"
    assert purged == [True]
