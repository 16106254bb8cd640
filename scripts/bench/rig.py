"""The benchmark's rig: its database, its environments, its measurements in a child process.

Starting, watching and stopping the servers is scripts/processes.py's, as for
every operations script: each runs in its own process group, and ``run.py``
hands its work to ``Rig.run``, which stops them all whatever happens.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from scripts import processes
from scripts.processes import ROOT, SetupError, run
from scripts.scratch_postgres import ScratchDatabase

POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = ScratchDatabase(POSTGRES, "dccs_bench")
# As the HTTPS proxy forwards a request: for wrk's -H, and as a dict for one GET.
HEADERS = ("X-Forwarded-Proto: https", "X-Forwarded-For: 192.0.2.10")
PROXY_HEADERS = dict(header.split(": ", 1) for header in HEADERS)
IN_PROCESS = ROOT / "scripts" / "bench" / "in_process.py"


def site_environment(folder: Path, database_url: str, redis_url: str = "") -> dict[str, str]:
    """Production settings on plain HTTP loopback: wrk sends X-Forwarded-Proto: https, as the
    proxy would, and a browser on plain http (the first view) must not be redirected."""
    env = processes.site_environment(folder, database_url, label="bench-run", plain_http=True)
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


def postgres_version() -> str:
    try:
        import psycopg

        with psycopg.connect(DATABASE.admin_url, connect_timeout=5) as conn:
            return conn.execute("SHOW server_version").fetchone()[0]
    except Exception as exc:
        return f"unknown ({type(exc).__name__})"


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
