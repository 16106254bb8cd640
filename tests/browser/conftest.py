"""Browser tests: Debian's Chromium driven by Playwright against a live server.

Playwright cannot download its own browser here, so these tests use
/usr/bin/chromium (CHROMIUM_PATH overrides). Without it they skip with a
reason, except under CI=true, where a missing browser is a failure.
"""

import os
import threading

import pytest
from django.db import connection
from django.test import testcases

# The same browser and flags as the benchmark's first view (scripts/bench/first_view.py).
from scripts.processes import CHROMIUM, chromium_launch_args
from tests.seeding import ensure_seeded


def pytest_collection_modifyitems(config, items):
    if os.path.exists(CHROMIUM):
        return
    if os.environ.get("CI", "").lower() == "true":
        raise pytest.UsageError(f"CI=true but no Chromium at {CHROMIUM}: browser tests cannot run")
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, **chromium_launch_args()}


@pytest.fixture(scope="session", autouse=True)
def one_request_at_a_time_on_sqlite():
    """On SQLite the live server's threads share the test database's one in-memory
    connection; a browser sends requests side by side (the compare view's two frames, a
    page and its fetches), and two threads using that connection at once can hang for
    ever inside sqlite3. The live server answers one request at a time there (each in its
    own thread, so kept-alive connections never block one another). PostgreSQL gives each
    thread its own connection and is left alone."""
    if connection.vendor != "sqlite":
        yield
        return
    lock = threading.RLock()  # the static files handler calls the media handler inside it
    answer = testcases.FSFilesHandler.__call__

    def one_at_a_time(self, environ, start_response):
        with lock:
            return answer(self, environ, start_response)

    testcases.FSFilesHandler.__call__ = one_at_a_time
    yield
    testcases.FSFilesHandler.__call__ = answer


@pytest.fixture
def site_url(live_server, transactional_db):
    """The live server's address, with the seeded site in its database."""
    ensure_seeded()
    return live_server.url
