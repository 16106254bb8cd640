"""Two app instances on one host: a publish through one shows on the other's very next request.

Two gunicorn processes (production settings, one worker each) share a
database and the host's generation file, as two app servers on one machine
do: a temporary SQLite file, or with ``DATABASE_URL`` pointing at PostgreSQL,
a database ``test_dccs_scale_<worker>`` on that server, created and dropped here
(pytest-django's own test database cannot be shared with other processes).
Both keep the home page in memory; a Publisher adds an alert banner through
instance A's admin over HTTP; the next request to B must show it.
``make scale-demo`` does the same with nginx and Redis, and hosts a second apart.
"""

from __future__ import annotations

import secrets

import pytest

from scripts.processes import (
    Rig,
    get,
    gunicorn,
    migrate_and_seed,
    site_environment,
    wait_until_healthy,
)
from scripts.scale_out.publisher import SignedInPublisher, create_publisher
from scripts.scratch_postgres import ScratchDatabase

PUBLISHER = "two-instances-publisher"


@pytest.fixture(autouse=True)
def empty_cache():
    """Overrides the suite's: the site under test runs in the gunicorn processes, not here,
    and this test has no database of pytest-django's to empty caches with."""
    yield


@pytest.fixture(scope="module")
def two_instances(tmp_path_factory, postgres_url, scratch_database_name):
    """Instances A and B (ports), and a Publisher's password; everything stopped afterwards."""
    rig = Rig(folder=tmp_path_factory.mktemp("two-instances"))
    (rig.folder / "static").mkdir()
    database_url = f"sqlite:///{rig.folder / 'shared.sqlite3'}"
    with rig:
        if postgres_url:
            database = ScratchDatabase(postgres_url, scratch_database_name("dccs_scale"))
            rig.on_cleanup(database.drop)
            database_url = database.create()
        # Production settings on plain HTTP, one host: a shared generation file, no Redis.
        env = site_environment(
            rig.folder,
            database_url,
            label="two-instances",
            plain_http=True,
            settings="tests.ops.two_instances_settings",
            LOG_LEVEL="WARNING",
        )
        log = rig.folder / "manage.log"
        migrate_and_seed(env, log)
        password = create_publisher(env, log, PUBLISHER)
        ports = {}
        for name in ("A", "B"):
            instance = rig.start(gunicorn(name, rig.folder, env, workers=1))
            wait_until_healthy(instance)
            ports[name] = instance.port
        yield {**ports, "password": password, "folder": rig.folder}


def test_a_publish_through_one_instance_shows_on_the_others_next_request(two_instances):
    a, b = two_instances["A"], two_instances["B"]
    for port in (a, b):
        first, second = get(port), get(port)
        assert first.status == second.status == 200
        assert second.headers.get("x-page-cache") == "hit", (
            f"instance on :{port} did not serve the home page from its memory the second time: "
            "without its fast path this test would prove nothing"
        )

    notice = f"Two-instance notice {secrets.token_hex(4)}"
    publisher = SignedInPublisher(a, PUBLISHER, two_instances["password"])
    publisher.add_alert_banner(notice, "Published through instance A.")

    from_b = get(b)
    assert from_b.status == 200
    assert from_b.shows(notice), (
        "instance B's next answer was the home page as it was before the publish "
        f"(X-Page-Cache: {from_b.headers.get('x-page-cache')}: 'hit' is the page B kept; "
        "'miss', an old copy from another of B's caches, such as django CMS's own)"
    )
    assert get(a).shows(notice)
    # and B keeps the new page: the next answer comes from its memory again
    again = get(b)
    assert again.shows(notice)
    assert again.headers.get("x-page-cache") == "hit"
