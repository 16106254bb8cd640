#!/usr/bin/env python3
"""Does the site ride out a database restart under load? Run it with ``make resilience``.

It starts the site as production runs it (gunicorn with two sync workers, DEBUG
off, collected static files) against a throwaway PostgreSQL cluster of its own
on a free port, migrates and seeds it, sends steady requests on loopback to a
few seeded addresses and, in the middle, restarts PostgreSQL
(``pg_ctl restart -m fast``). Then it judges every request:

- only requests in flight while PostgreSQL was going down or coming back may fail;
- those that got an answer must have got the outage page, a 503 with
  Retry-After, never a 500 (``/healthz`` only needs the 503: load balancers
  read the status, not the header);
- every request started once PostgreSQL was back must succeed.

Exit status: 0 when all of that holds, 1 when not, 2 when the rig itself could
not be set up, 130 when interrupted. Whatever happens, it stops what it started
(gunicorn, PostgreSQL) and removes its temporary folder. Run as root, the
cluster belongs to the ``postgres`` user, since initdb and postgres refuse root.
"""

from __future__ import annotations

import argparse
import http.client
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = ("/", "/about/", "/publications/", "/contact/", "/healthz")
# A load balancer reads /healthz's status; the outage page's Retry-After is for people.
PROBE_PATHS = frozenset({"/healthz"})
REQUEST_TIMEOUT_SECONDS = 15


# The judgement: pure, given the requests and the outage window.


@dataclass(frozen=True)
class Outcome:
    """One request: its address, when it started and ended (monotonic seconds), what came back."""

    path: str
    started: float
    finished: float
    status: int | None = None  # None: no HTTP answer at all
    retry_after: str | None = None
    error: str = ""  # why there was no answer (refused, reset, timed out)

    @property
    def succeeded(self) -> bool:
        return self.status == 200


@dataclass(frozen=True)
class Window:
    """From the moment the restart was asked for to the moment PostgreSQL accepted connections."""

    start: float
    end: float

    def overlaps(self, outcome: Outcome) -> bool:
        return outcome.started <= self.end and outcome.finished >= self.start


def wrong_kind_of_failure(outcome: Outcome) -> str:
    """Why a failed request's answer is not the outage page; "" when it is (or there was none)."""
    if outcome.status is None:
        return ""
    if outcome.status != 503:
        return f"answered {outcome.status}, not 503"
    if not outcome.retry_after and outcome.path not in PROBE_PATHS:
        return "503 without Retry-After"
    return ""


@dataclass
class Verdict:
    """The requests sorted by what they say about the site."""

    tolerated: list[Outcome] = field(default_factory=list)
    wrong_answers: list[tuple[Outcome, str]] = field(default_factory=list)
    failed_while_up: list[Outcome] = field(default_factory=list)
    succeeded_after: int = 0
    total: int = 0

    @property
    def passed(self) -> bool:
        return not self.wrong_answers and not self.failed_while_up and self.succeeded_after > 0


def judge(outcomes: Iterable[Outcome], window: Window) -> Verdict:
    """Sort the requests of a run in which PostgreSQL restarted during ``window``.

    A failure overlapping the window is tolerated if it is the outage page or
    a dropped connection, and is a wrong answer otherwise (a 500, a 404, a 503
    without Retry-After). Any failure not overlapping it, before or after, is a
    failure while the database was up. The run also needs at least one success
    started after the window, or it says nothing about recovery.
    """
    verdict = Verdict()
    for outcome in outcomes:
        verdict.total += 1
        if outcome.succeeded:
            if outcome.started > window.end:
                verdict.succeeded_after += 1
            continue
        if not window.overlaps(outcome):
            verdict.failed_while_up.append(outcome)
        elif problem := wrong_kind_of_failure(outcome):
            verdict.wrong_answers.append((outcome, problem))
        else:
            verdict.tolerated.append(outcome)
    return verdict


def describe(outcome: Outcome, epoch: float) -> str:
    answer = f"HTTP {outcome.status}" if outcome.status is not None else outcome.error
    if outcome.retry_after:
        answer += f", Retry-After: {outcome.retry_after}"
    return (
        f"{outcome.started - epoch:7.3f}s-{outcome.finished - epoch:7.3f}s "
        f"GET {outcome.path}: {answer}"
    )


def report(verdict: Verdict, window: Window, epoch: float) -> list[str]:
    lines = [
        f"{verdict.total} requests; PostgreSQL restart from {window.start - epoch:.3f}s "
        f"to {window.end - epoch:.3f}s ({window.end - window.start:.2f}s)",
        f"failed during the restart, as allowed: {len(verdict.tolerated)}",
    ]
    lines += [f"  {describe(outcome, epoch)}" for outcome in verdict.tolerated[:20]]
    lines.append(f"failed during the restart with the wrong answer: {len(verdict.wrong_answers)}")
    lines += [
        f"  {describe(outcome, epoch)} ({problem})" for outcome, problem in verdict.wrong_answers
    ]
    lines.append(f"failed while PostgreSQL was up: {len(verdict.failed_while_up)}")
    lines += [f"  {describe(outcome, epoch)}" for outcome in verdict.failed_while_up[:50]]
    lines.append(f"succeeded after PostgreSQL was back: {verdict.succeeded_after}")
    return lines


# The rig: a PostgreSQL cluster, the site under gunicorn, and the load.


class SetupError(Exception):
    """The rig could not be set up; the site was not judged."""


class Interrupted(Exception):
    """SIGTERM or SIGHUP: stop like Ctrl-C does, cleaning up on the way out."""


STARTED = time.monotonic()


def say(message: str) -> None:
    print(f"[{time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def run(command: list[str], *, log: Path, **kwargs) -> None:
    """Run a command to completion, its output to ``log``; a SetupError if it fails."""
    with log.open("ab") as output:
        result = subprocess.run(  # noqa: S603 (our own commands, no shell)
            command, stdout=output, stderr=subprocess.STDOUT, check=False, **kwargs
        )
    if result.returncode != 0:
        raise SetupError(f"{' '.join(command)} failed:\n{tail(log)}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: p.parts)
    if not versions:
        raise SetupError("no PostgreSQL server binaries (pg_ctl, initdb) found")
    return versions[-1].parent


class Cluster:
    """A PostgreSQL cluster in a temporary folder, on loopback, trusting local connections."""

    def __init__(self, folder: Path, port: int):
        self.data = folder / "pgdata"
        self.sockets = folder / "pgsockets"
        self.log = folder / "postgres.log"
        self.port = port
        self.bin = postgres_bin_dir()
        self.owner_prefix: list[str] = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as missing:
                raise SetupError(
                    "running as root needs a 'postgres' user to own the cluster"
                ) from missing
            self.owner_prefix = [
                shutil.which("runuser") or "/usr/sbin/runuser",
                "-u",
                "postgres",
                "--",
            ]
            folder.chmod(0o711)  # the postgres user passes through; it cannot list
        for path in (self.data, self.sockets):
            path.mkdir(mode=0o700)
            if self.owner_prefix:
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self.log.touch()
        if self.owner_prefix:
            os.chown(self.log, owner.pw_uid, owner.pw_gid)
        self.created = False

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/dccs"

    def pg_ctl(self, *args: str, log: Path | None = None) -> None:
        run(
            [*self.owner_prefix, str(self.bin / "pg_ctl"), "-D", str(self.data), *args],
            log=log or self.log.with_suffix(".ctl.log"),
            cwd=self.data.parent,
            # its own session: Ctrl-C in the terminal reaches us, and we stop it in order
            start_new_session=True,
        )

    def create(self) -> None:
        run(
            [
                *self.owner_prefix,
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync",
                "--no-instructions",
            ],
            log=self.log.with_suffix(".initdb.log"),
            cwd=self.data.parent,
        )
        self.created = True
        # In the configuration file, so that `pg_ctl restart` keeps them.
        settings = (
            f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
            f"unix_socket_directories = '{self.sockets}'\n"
            # a throwaway cluster: durability costs time and buys nothing
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
        )
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(settings)

    def start(self) -> None:
        self.pg_ctl("start", "-w", "-t", "60", "-l", str(self.log))

    def restart(self) -> None:
        self.pg_ctl("restart", "-m", "fast", "-w", "-t", "60", "-l", str(self.log))

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        if not self.created or self.postmaster_pid() is None:
            return
        try:
            self.pg_ctl("stop", "-m", "immediate", "-w", "-t", "30")
        except SetupError:
            pid = self.postmaster_pid()
            # Only our own postmaster: a stale postmaster.pid may name someone else's process.
            if pid and str(self.data).encode() in self.command_line(pid):
                os.kill(pid, signal.SIGKILL)

    @staticmethod
    def command_line(pid: int) -> bytes:
        try:
            return Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return b""

    def create_database(self) -> None:
        run(
            [
                shutil.which("createdb") or str(self.bin / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "dccs",
            ],
            log=self.log.with_suffix(".ctl.log"),
        )


def site_environment(folder: Path, database_url: str) -> dict[str, str]:
    """Production settings, throwaway secrets and folders; nothing from the caller's site config."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "SENTRY_DSN", "DJANGO_SETTINGS_MODULE"}
        and not key.startswith(("SECURE_", "SESSION_", "CSRF_"))
    }
    env.update(
        DEBUG="0",
        DJANGO_SETTINGS_MODULE="dccs_site.settings",
        DJANGO_SECRET_KEY=f"resilience-run-{secrets.token_urlsafe(40)}",
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(folder / "media"),
        STATIC_ROOT=str(folder / "static"),
        PYTHONUNBUFFERED="1",
    )
    return env


def fetch(port: int, path: str) -> Outcome:
    """One GET as the HTTPS proxy would forward it; never raises."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_SECONDS)
    started = time.monotonic()
    status = retry_after = None
    error = ""
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        response.read()
        status, retry_after = response.status, response.getheader("Retry-After")
    except (OSError, http.client.HTTPException) as exc:
        error = f"{type(exc).__name__}: {exc}"
    finally:
        connection.close()
    return Outcome(path, started, time.monotonic(), status, retry_after, error)


class Background:
    """A command in its own session: Ctrl-C in the terminal reaches only us, and we stop it.

    Register ``stop`` for clean-up before calling ``start``, so that nothing
    started can be missed.
    """

    def __init__(self, command: list[str], log: Path, env: dict[str, str]):
        self.command, self.log, self.env = command, log, env
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(  # noqa: S603 (our own commands, no shell)
                self.command,
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def exited(self) -> int | None:
        return self.process.poll() if self.process else None

    def wait(self) -> int:
        return self.process.wait()

    def stop(self) -> None:
        """SIGINT (gunicorn's quick shutdown) to the whole group, SIGKILL after 10 seconds."""
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGINT)
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        except ProcessLookupError:
            pass


def gunicorn(folder: Path, env: dict[str, str], port: int, workers: int) -> Background:
    log = folder / "gunicorn.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "dccs_site.wsgi:application",
        f"--workers={workers}",
        "--worker-class=sync",
        f"--bind=127.0.0.1:{port}",
        "--timeout=30",
        "--graceful-timeout=5",
        "--capture-output",
        f"--error-logfile={log}",
    ]
    return Background(command, log, env)


def wait_until_healthy(site: Background, port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if site.exited() is not None:
            raise SetupError(f"gunicorn exited with {site.exited()}:\n{tail(site.log)}")
        if fetch(port, "/healthz").succeeded:
            return
        time.sleep(0.25)
    raise SetupError(f"the site did not answer /healthz with 200 in {seconds}s:\n{tail(site.log)}")


def load(
    port: int, clients: int, until: float, think_seconds: float
) -> tuple[list[Outcome], list[threading.Thread]]:
    """Start ``clients`` threads sending steady GETs round PATHS until ``until``.

    Returns the list they append their outcomes to, and the threads to join.
    """
    outcomes: list[Outcome] = []
    lock = threading.Lock()

    def client(offset: int) -> None:
        turn = offset
        while time.monotonic() < until:
            outcome = fetch(port, PATHS[turn % len(PATHS)])
            with lock:
                outcomes.append(outcome)
            turn += 1
            time.sleep(think_seconds)

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    return outcomes, threads


def exercise(args: argparse.Namespace, folder: Path, cleanup: list) -> int:
    cluster = Cluster(folder, free_port())
    cleanup.append(cluster.stop)
    env = site_environment(folder, cluster.url)

    say(f"collecting static files into {folder / 'static'} (in the background)")
    collectstatic = Background(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        folder / "collectstatic.log",
        env,
    )
    cleanup.append(collectstatic.stop)
    collectstatic.start()

    say(f"creating a PostgreSQL cluster on 127.0.0.1:{cluster.port} in {cluster.data}")
    cluster.create()
    cluster.start()
    cluster.create_database()
    say("migrating and seeding it")
    manage_log = folder / "manage.log"
    run([sys.executable, "manage.py", "migrate", "--noinput"], log=manage_log, cwd=ROOT, env=env)
    run([sys.executable, "manage.py", "seed_site"], log=manage_log, cwd=ROOT, env=env)
    if collectstatic.wait() != 0:
        raise SetupError(f"collectstatic failed:\n{tail(collectstatic.log)}")

    port = free_port()
    site = gunicorn(folder, env, port, args.workers)
    cleanup.append(site.stop)
    site.start()
    say(f"gunicorn ({args.workers} sync workers) on 127.0.0.1:{port}")
    wait_until_healthy(site, port)
    for path in PATHS:
        warm = fetch(port, path)
        if not warm.succeeded:
            raise SetupError(
                f"before any restart, {describe(warm, warm.started)}\n{tail(site.log)}"
            )

    epoch = time.monotonic()
    say(
        f"load: {args.clients} clients for {args.duration:.0f}s over {', '.join(PATHS)}; "
        f"PostgreSQL restarts at {args.restart_at:.0f}s"
    )
    outcomes, threads = load(port, args.clients, epoch + args.duration, args.think)
    time.sleep(max(0.0, epoch + args.restart_at - time.monotonic()))
    pid_before = cluster.postmaster_pid()
    window_start = time.monotonic()
    cluster.restart()
    window = Window(window_start, time.monotonic())
    say(f"PostgreSQL restarted in {window.end - window.start:.2f}s; load continues")
    if cluster.postmaster_pid() in (None, pid_before):
        raise SetupError("PostgreSQL's postmaster did not change: the restart did not happen")
    for thread in threads:
        thread.join(timeout=REQUEST_TIMEOUT_SECONDS + args.duration)

    verdict = judge(list(outcomes), window)
    by_path = Counter(outcome.path for outcome in outcomes)
    say("requests per address: " + ", ".join(f"{p} {n}" for p, n in by_path.items()))
    for line in report(verdict, window, epoch):
        print(line, flush=True)
    if verdict.passed:
        say("PASS: the site rode out the database restart")
        return 0
    print(f"--- gunicorn log (last lines) ---\n{tail(site.log, 60)}", flush=True)
    say("FAIL: see above")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=40, help="seconds of load (default 40)")
    parser.add_argument(
        "--restart-at", type=float, default=15, help="restart PostgreSQL after this many seconds"
    )
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument(
        "--think", type=float, default=0.02, help="pause between a client's requests"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs)")
    args = parser.parse_args(argv)
    if not 0 < args.restart_at < args.duration - 5:
        parser.error("--restart-at must leave at least 5 seconds of load after the restart")

    def interrupt(signum, frame):
        raise Interrupted(signal.Signals(signum).name)

    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGHUP, interrupt)

    folder = Path(tempfile.mkdtemp(prefix="dccs-resilience-"))
    cleanup: list = []
    try:
        return exercise(args, folder, cleanup)
    except SetupError as error:
        say(f"SETUP FAILED: {error}")
        return 2
    except (KeyboardInterrupt, Interrupted):
        say("interrupted")
        return 130
    finally:
        # Ignore further signals while stopping things: a second Ctrl-C must not leave them running.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        for stop in reversed(cleanup):
            try:
                stop()
            except Exception as error:  # keep stopping the rest
                say(f"while cleaning up: {error}")
        if args.keep:
            say(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
        say("stopped gunicorn and PostgreSQL; removed the temporary folder")


if __name__ == "__main__":
    sys.exit(main())
