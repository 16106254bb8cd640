"""Two app instances on one host: a publish through one shows on the other's very next request.

Two gunicorn processes (production settings, one worker each) share a
database and the host's generation file, as two app servers on one machine
do: a temporary SQLite file, or with ``DATABASE_URL`` pointing at PostgreSQL,
a database ``test_dccs_scale`` on that server, created and dropped here
(pytest-django's own test database cannot be shared with other processes).
Both keep the home page in memory; a Publisher adds an alert banner through
instance A's admin over HTTP; the next request to B must show it.
``make scale-demo`` does the same with nginx and Redis, and hosts a second apart.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from scripts.resilience import SetupError, tail
from scripts.scale_demo import (
    ROOT,
    SignedInPublisher,
    get,
    gunicorn,
    port_is_free,
    wait_until_healthy,
)

DATABASE = "test_dccs_scale"
PUBLISHER = "two-instances-publisher"


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SharedDatabase:
    """A database both instances reach: PostgreSQL when DATABASE_URL says so, else a SQLite file."""

    def __init__(self, folder: Path):
        configured = os.environ.get("DATABASE_URL", "")
        self.postgres_admin = ""
        if configured.startswith(("postgres://", "postgresql://")):
            parts = urllib.parse.urlsplit(configured)
            self.postgres_admin = parts._replace(path="/postgres").geturl()
            self.url = parts._replace(path=f"/{DATABASE}").geturl()
        else:
            self.url = f"sqlite:///{folder / 'shared.sqlite3'}"

    def _postgres(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.postgres_admin, autocommit=True) as connection:
            connection.execute(statement)

    def create(self) -> None:
        if self.postgres_admin:
            self.drop()
            self._postgres(f'CREATE DATABASE "{DATABASE}"')

    def drop(self) -> None:
        if self.postgres_admin:
            self._postgres(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')


def environment(folder: Path, database_url: str) -> dict[str, str]:
    """Production settings on plain HTTP, one host: a shared generation file, no Redis."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "SENTRY_DSN", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"}
        and not key.startswith(("SECURE_", "SESSION_", "CSRF_", "PAGE_CACHE_", "PROXY_PURGE_"))
    }
    env.update(
        DEBUG="0",
        DJANGO_SETTINGS_MODULE="tests.ops.two_instances_settings",
        DJANGO_SECRET_KEY=f"two-instances-{secrets.token_urlsafe(40)}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(folder / "media"),
        STATIC_ROOT=str(folder / "static"),
        PAGE_CACHE_GENERATION_FILE=str(folder / "host.generation"),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env: dict[str, str], log: Path, *args: str) -> None:
    with log.open("ab") as output:
        result = subprocess.run(  # noqa: S603 (our own command)
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
            timeout=300,
        )
    if result.returncode != 0:
        raise SetupError(f"manage.py {' '.join(args[:1])} failed:\n{tail(log)}")


CREATE_PUBLISHER = """
import os
from django.contrib.auth import get_user_model
from pages.roles import PUBLISHER, ensure_roles
user = get_user_model().objects.create_user(
    os.environ["TWO_INSTANCES_PUBLISHER"], password=os.environ["TWO_INSTANCES_PASSWORD"],
    is_staff=True)
user.groups.add(ensure_roles()[PUBLISHER])
"""


@pytest.fixture(autouse=True)
def empty_cache():
    """Overrides the suite's: the site under test runs in the gunicorn processes, not here,
    and this test has no database of pytest-django's to empty caches with."""
    yield


@pytest.fixture(scope="module")
def two_instances(tmp_path_factory):
    """Instances A and B (ports), and a Publisher's password; everything stopped afterwards."""
    folder = tmp_path_factory.mktemp("two-instances")
    (folder / "static").mkdir()
    database = SharedDatabase(folder)
    env = environment(folder, database.url)
    log = folder / "manage.log"
    password = secrets.token_urlsafe(24)
    started = []
    try:
        database.create()
        manage(env, log, "migrate", "--noinput")
        manage(env, log, "seed_site")
        manage(
            {**env, "TWO_INSTANCES_PUBLISHER": PUBLISHER, "TWO_INSTANCES_PASSWORD": password},
            log,
            "shell",
            "-c",
            CREATE_PUBLISHER,
        )
        ports = {}
        for name in ("A", "B"):
            port = free_port()
            assert port_is_free(port)
            instance = gunicorn(name, folder, env, port, workers=1)
            started.append(instance)
            instance.start()
            wait_until_healthy(instance, port)
            ports[name] = port
        yield {**ports, "password": password, "folder": folder}
    finally:
        for instance in started:
            instance.stop()
        database.drop()


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
