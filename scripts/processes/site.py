"""The site as production runs it: its environment, its database made, gunicorn, its health.

Everything here starts the site from this tree, with settings of its own in a
folder of its own; nothing of the caller's own site configuration leaks in.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from scripts.processes.groups import (
    HOST,
    ROOT,
    ProcessGroup,
    Rig,
    SetupError,
    free_port,
    run,
    tail,
)

# What the HTTPS proxy in front of the site adds to every request it forwards.
THROUGH_THE_PROXY = {"X-Forwarded-Proto": "https"}
COLLECTSTATIC = [sys.executable, "manage.py", "collectstatic", "--noinput"]
# gunicorn's production settings: which forwarded headers it believes, from whom.
GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"


def _gunicorn_version() -> tuple[int, ...]:
    return tuple(int(number) for number in re.findall(r"\d+", metadata.version("gunicorn"))[:2])


# gunicorn 25.1 and later open a control socket at one path per user ($HOME/.gunicorn):
# instances started at once (the scale demo's, parallel test workers') would take it
# from each other, and nothing here uses it.
CONTROL_SOCKET_OFF = ["--no-control-socket"] if _gunicorn_version() >= (25, 1) else []


def site_environment(
    folder: Path,
    database_url: str,
    *,
    label: str,
    plain_http: bool = False,
    settings: str = "dccs_site.settings",
    **overrides: str,
) -> dict[str, str]:
    """Production settings (DEBUG off), a throwaway secret, and files in ``folder`` only.

    Nothing of the caller's own site configuration leaks in (its database, Redis,
    Sentry, media storage, security and cache settings). The page-cache generation
    file is the folder's own, so that emptying caches here never empties another
    process's, nor theirs ours. Requests are expected through the HTTPS proxy
    (``THROUGH_THE_PROXY``); with ``plain_http``, a browser on plain HTTP is
    neither redirected nor loses its Secure-only cookies. ``overrides`` win.
    """
    dropped = {
        "DJANGO_SETTINGS_MODULE",
        "DEBUG",
        "DATABASE_URL",
        "REDIS_URL",
        "SENTRY_DSN",
        "SITE_URL",
        "EMAIL_HOST",
    }
    dropped_prefixes = ("SECURE_", "SESSION_", "CSRF_", "PAGE_CACHE_", "PROXY_PURGE_", "MEDIA_")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in dropped and not key.startswith(dropped_prefixes)
    }
    env.update(
        DEBUG="0",
        DJANGO_SETTINGS_MODULE=settings,
        DJANGO_SECRET_KEY=f"{label}-{secrets.token_urlsafe(40)}",
        ALLOWED_HOSTS=f"{HOST},localhost",
        SITE_URL=f"https://{HOST}",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(folder / "media"),
        STATIC_ROOT=str(folder / "static"),
        PAGE_CACHE_GENERATION_FILE=str(folder / "page-cache-generation"),
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
    )
    if plain_http:
        env.update(
            SECURE_SSL_REDIRECT="0",
            SECURE_HSTS_SECONDS="0",
            SESSION_COOKIE_SECURE="0",
            CSRF_COOKIE_SECURE="0",
        )
    env.update(overrides)
    return env


# Prints the names of the cookies the site sets, as its settings (under the given environment) say.
COOKIE_NAMES = """
import json
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
print(json.dumps({
    "session": settings.SESSION_COOKIE_NAME,
    "csrf": settings.CSRF_COOKIE_NAME,
    "messages": CookieStorage.cookie_name,
}))
"""


@dataclass(frozen=True)
class SiteCookies:
    """The names of the cookies the site sets for signed-in staff (and forms), as its settings
    say: ``__Host-sessionid`` and ``__Host-csrftoken`` with production's Secure cookies."""

    session: str
    csrf: str
    messages: str

    def names(self) -> list[str]:
        return [self.session, self.csrf, self.messages]


def site_cookies(env: dict[str, str]) -> SiteCookies:
    """The cookie names of the site started with ``env``, read from its settings."""
    result = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, "-c", COOKIE_NAMES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if result.returncode != 0:
        raise SetupError(f"could not read the site's cookie names:\n{result.stderr[-2000:]}")
    return SiteCookies(**json.loads(result.stdout.strip().splitlines()[-1]))


def start_collectstatic(rig: Rig, env: dict[str, str], command: list[str] = COLLECTSTATIC):
    """collectstatic in the background (it takes a while); ``wait_for_success`` it later."""
    return rig.start(ProcessGroup("collectstatic", command, rig.folder / "collectstatic.log", env))


def migrate_and_seed(env: dict[str, str], log: Path) -> None:
    """The database made and filled as ``make seed`` does."""
    for command in (["migrate", "--noinput"], ["seed_site"]):
        run([sys.executable, "manage.py", *command], log=log, env=env, timeout=900)


def gunicorn(
    name: str,
    folder: Path,
    env: dict[str, str],
    *,
    workers: int,
    port: int = 0,
    application: str = "dccs_site.wsgi:application",
    timeout: int = 30,
) -> ProcessGroup:
    """The site (or ``application``) under gunicorn's sync workers, as production runs it."""
    port = port or free_port()
    log = folder / f"gunicorn-{name}.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        application,
        f"--config={GUNICORN_CONFIG}",
        f"--workers={workers}",
        "--worker-class=sync",
        f"--bind={HOST}:{port}",
        f"--timeout={timeout}",
        "--graceful-timeout=5",
        "--capture-output",
        f"--error-logfile={log}",
        *CONTROL_SOCKET_OFF,
    ]
    return ProcessGroup(f"gunicorn {name}", command, log, env, port)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes

    def shows(self, text: str) -> bool:
        return self.status == 200 and text.encode() in self.body


def get(port: int, path: str = "/", *, headers: dict | None = None, timeout: float = 10) -> Answer:
    """One GET on loopback; raises OSError or HTTPException when there is no answer."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        names = {name.lower(): value for name, value in response.getheaders()}
        return Answer(response.status, names, body)
    finally:
        connection.close()


def status_of(port: int, path: str, headers: dict | None = None, timeout: float = 30) -> int | None:
    """The status of one GET through the proxy (or with ``headers``); None when no answer."""
    try:
        return get(port, path, headers=headers or THROUGH_THE_PROXY, timeout=timeout).status
    except (OSError, http.client.HTTPException):
        return None


def wait_until_healthy(server: ProcessGroup, path: str = "/healthz", seconds: float = 60) -> None:
    """Until ``path`` on the server's port answers 200; a SetupError if it exits or never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.exited() is not None:
            raise SetupError(f"{server.name} exited with {server.exited()}:\n{tail(server.log)}")
        if status_of(server.port, path, timeout=2) == 200:
            return
        time.sleep(0.2)
    raise SetupError(
        f"{server.name} did not answer {path} on port {server.port} with 200 in {seconds:.0f}s:\n"
        f"{tail(server.log)}"
    )
