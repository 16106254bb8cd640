"""Fixtures shared by the whole suite."""

import io
import os
import shutil
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests.seeding import ensure_seeded

# Playwright's sync API runs an event loop in the test thread; Django would
# otherwise refuse database access from it in live-server tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session", autouse=True)
def throwaway_folders():
    """Remove the media and generation folders the test settings made for this process."""
    yield
    from django.conf import settings

    for folder in (settings.MEDIA_ROOT, settings.PAGE_CACHE_GENERATION_FILE.parent):
        if Path(folder).name.startswith(("dccs-test-media-", "dccs-test-gen-")):
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Seed the test database once; each test's changes are rolled back after it.

    Live-server (transactional) tests empty the database when they finish, so
    they seed again through ``seeded_site``; pytest-django runs them last.
    """
    with django_db_blocker.unblock():
        call_command("seed_site", stdout=io.StringIO())


@pytest.fixture
def seeded_site(db):
    """The site as `make seed` leaves it: every seeded page and publication published."""
    ensure_seeded()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no cached pages or menus from another test's data.

    Bumping the site generation empties every process's kept pages too
    (site_cache/fast_path.py), the live server's included.
    """
    from site_cache import generation

    cache.clear()
    generation.state().host.bump()
    yield
    cache.clear()
    generation.state().host.bump()


@pytest.fixture
def publisher(db):
    from pages.roles import PUBLISHER
    from tests.accounts import staff_member

    return staff_member("publisher", PUBLISHER)


@pytest.fixture
def editor(db):
    from pages.roles import EDITOR
    from tests.accounts import staff_member

    return staff_member("page-editor", EDITOR)
