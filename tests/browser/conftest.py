"""Browser tests: Debian's Chromium driven by Playwright against a live server.

Playwright cannot download its own browser here, so these tests use
/usr/bin/chromium (CHROMIUM_PATH overrides). Without it they skip with a
reason, except under CI=true, where a missing browser is a failure.
"""

import os

import pytest

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


@pytest.fixture
def site_url(live_server, transactional_db):
    """The live server's address, with the seeded site in its database."""
    ensure_seeded()
    return live_server.url
