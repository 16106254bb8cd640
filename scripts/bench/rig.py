"""The benchmark's rig: its processes, servers, database and environments.

Every process is started in its own process group (``Background``), so that
``stop`` ends it with all its children, and Ctrl-C in the terminal reaches
only ``run.py``, which stops them in order. ``run.py`` registers each ``stop``
before calling ``start``.
"""

from __future__ import annotations

import http.client
import json
import os
import platform
import secrets
import shutil
import socket
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from scripts.resilience import Background as ProcessGroup
from scripts.resilience import Interrupted, SetupError, say, tail  # noqa: F401 (the rig's too)

ROOT = Path(__file__).resolve().parent.parent.parent

DATABASE = "dccs_bench"
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
HEADERS = ("X-Forwarded-Proto: https", "X-Forwarded-For: 192.0.2.10")
IN_PROCESS = ROOT / "scripts" / "bench" / "in_process.py"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Background(ProcessGroup):
    """A named command in its own process group (scripts/resilience.py's, with a name to report)."""

    def __init__(self, name: str, command: list[str], log: Path, env: dict[str, str]):
        super().__init__(command, log, env)
        self.name = name


def run(command: list[str], *, log: Path, env: dict[str, str], timeout: float = 600) -> None:
    """Run one of our commands to completion, its output to ``log``; SetupError if it fails."""
    with log.open("ab") as output:
        result = subprocess.run(  # noqa: S603 (our own commands, no shell)
            command,
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
            timeout=timeout,
        )
    if result.returncode != 0:
        raise SetupError(f"{' '.join(command)} failed:\n{tail(log)}")


# The environments the site, the floor and the in-process measurements run in.


def site_environment(
    folder: Path, database_url: str, redis_url: str = "", settings: str = "dccs_site.settings"
) -> dict[str, str]:
    """Production settings on plain HTTP loopback; nothing from the caller's site config."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "SENTRY_DSN", "DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DEBUG"}
        and not key.startswith(("SECURE_", "SESSION_", "CSRF_", "PAGE_CACHE_", "PROXY_PURGE"))
    }
    env.update(
        DEBUG="0",
        DJANGO_SETTINGS_MODULE=settings,
        DJANGO_SECRET_KEY=f"bench-run-{secrets.token_urlsafe(40)}",
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(folder / "media"),
        STATIC_ROOT=str(folder / "static"),
        # The site's generation (site_cache/generation.py) is per host: a file of our
        # own, so that emptying caches here never empties anyone else's, nor theirs ours.
        PAGE_CACHE_GENERATION_FILE=str(folder / "page-cache-generation"),
        # wrk sends X-Forwarded-Proto: https, as the proxy would; a browser on
        # plain http (the first view) must not be redirected or lose its cookies.
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def with_settings(env: dict[str, str], settings: str) -> dict[str, str]:
    return {**env, "DJANGO_SETTINGS_MODULE": settings}


def in_process(
    env: dict[str, str], what: str, *extra: str, folder: Path, timeout: float = 600, log=None
) -> dict:
    """Run one of in_process.py's measurements in a child process; its JSON result."""
    out = folder / f"in-process-{what}-{time.monotonic_ns()}.json"
    command = [sys.executable, str(IN_PROCESS), what, "--out", str(out), *extra]
    if log is None:
        run(command, log=folder / "in-process.log", env=env, timeout=timeout)
    else:  # straight to the terminal
        result = subprocess.run(  # noqa: S603 (our own command, no shell)
            command, cwd=ROOT, env=env, check=False, timeout=timeout, stdout=log, stderr=log
        )
        if result.returncode != 0:
            raise SetupError(f"{' '.join(command)} failed with {result.returncode}")
    return json.loads(out.read_text())


# PostgreSQL: one database of our own.


def admin_sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True, connect_timeout=10) as conn:
        conn.execute(statement)


def create_database() -> str:
    """Drop and create the benchmark's database; its URL."""
    import psycopg

    try:
        admin_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        admin_sql(f"CREATE DATABASE {DATABASE}")
    except psycopg.Error as error:
        raise SetupError(f"PostgreSQL at {POSTGRES}: {error}") from error
    return f"{POSTGRES}/{DATABASE}"


def drop_database() -> None:
    try:
        admin_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    except Exception as exc:  # clean-up: say so, and go on cleaning
        say(f"could not drop {DATABASE}: {exc}")


def postgres_version() -> str:
    try:
        import psycopg

        with psycopg.connect(f"{POSTGRES}/postgres", connect_timeout=5) as conn:
            return conn.execute("SHOW server_version").fetchone()[0]
    except Exception as exc:
        return f"unknown ({type(exc).__name__})"


# The servers.


def gunicorn(
    name: str, folder: Path, env: dict[str, str], application: str, workers: int
) -> tuple[Background, int]:
    port = free_port()
    log = folder / f"gunicorn-{name}.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        application,
        f"--workers={workers}",
        "--worker-class=sync",
        f"--bind=127.0.0.1:{port}",
        "--timeout=60",
        "--graceful-timeout=5",
        "--capture-output",
        f"--error-logfile={log}",
    ]
    return Background(name, command, log, env), port


def fetch(port: int, path: str) -> int | None:
    """The status of one GET as the HTTPS proxy would forward it; None when no answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers=dict(h.split(": ", 1) for h in HEADERS))
        response = connection.getresponse()
        response.read()
        return response.status
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()


def wait_until_answering(server: Background, port: int, path: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.exited() is not None:
            raise SetupError(f"{server.name} exited with {server.exited()}:\n{tail(server.log)}")
        if fetch(port, path) == 200:
            return
        time.sleep(0.25)
    raise SetupError(f"{server.name} did not answer {path} with 200:\n{tail(server.log)}")


def machine() -> list[str]:
    """What the figures were measured on."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
        memory = f"{memory_kb / 1024**2:.1f} GB"
    except (OSError, StopIteration, ValueError):
        memory = "unknown"
    try:
        debian = "Debian " + Path("/etc/debian_version").read_text().strip()
    except OSError:
        debian = platform.platform()

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "not installed"

    wrk = shutil.which("wrk")
    wrk_version = "not installed"
    if wrk:
        banner = subprocess.run(  # noqa: S603 (wrk's own banner)
            [wrk, "--version"], capture_output=True, text=True, check=False
        )
        wrk_version = (banner.stdout or banner.stderr).split()[1] if banner.stdout else "?"
    return [
        f"CPU: {os.cpu_count()} x {model}; memory {memory}; {debian}, Linux {platform.release()}",
        f"Python {platform.python_version()}, Django {version('Django')}, "
        f"django CMS {version('django-cms')}, gunicorn {version('gunicorn')}, "
        f"PostgreSQL {postgres_version()}, wrk {wrk_version}",
    ]
