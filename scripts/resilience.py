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
(gunicorn, PostgreSQL) and removes its temporary folder. The verdict is
scripts/resilience_verdict.py's; the cluster, scripts/scratch_postgres.py's.
"""

from __future__ import annotations

import argparse
import http.client
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: import the sibling modules
    sys.path.insert(0, str(ROOT))

from scripts.processes import (  # noqa: E402
    THROUGH_THE_PROXY,
    Rig,
    SetupError,
    free_port,
    get,
    gunicorn,
    migrate_and_seed,
    say,
    site_environment,
    start_collectstatic,
    tail,
    wait_until_healthy,
)
from scripts.resilience_verdict import Outcome, Window, describe, judge, report  # noqa: E402
from scripts.scratch_postgres import Cluster, ScratchDatabase  # noqa: E402

PATHS = ("/", "/about/", "/publications/", "/contact/", "/healthz")
REQUEST_TIMEOUT_SECONDS = 15


def fetch(port: int, path: str) -> Outcome:
    """One GET as the HTTPS proxy would forward it; never raises."""
    started = time.monotonic()
    try:
        answer = get(port, path, headers=THROUGH_THE_PROXY, timeout=REQUEST_TIMEOUT_SECONDS)
    except (OSError, http.client.HTTPException) as exc:
        return Outcome(path, started, time.monotonic(), error=f"{type(exc).__name__}: {exc}")
    retry_after = answer.headers.get("retry-after")
    return Outcome(path, started, time.monotonic(), answer.status, retry_after)


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


def exercise(args: argparse.Namespace, rig: Rig) -> int:
    folder = rig.folder
    cluster = Cluster(folder, free_port())
    rig.on_cleanup(cluster.stop)
    database = ScratchDatabase(cluster.server_url, "dccs")
    env = site_environment(folder, database.url, label="resilience-run")

    say(f"collecting static files into {folder / 'static'} (in the background)")
    collectstatic = start_collectstatic(rig, env)
    say(f"creating a PostgreSQL cluster on 127.0.0.1:{cluster.port} in {cluster.data}")
    cluster.create()
    cluster.start()
    database.create()
    say("migrating and seeding it")
    migrate_and_seed(env, folder / "manage.log")
    collectstatic.wait_for_success()

    site = rig.start(gunicorn("site", folder, env, workers=args.workers))
    say(f"gunicorn ({args.workers} sync workers) on 127.0.0.1:{site.port}")
    wait_until_healthy(site)
    for path in PATHS:
        warm = fetch(site.port, path)
        if not warm.succeeded:
            raise SetupError(
                f"before any restart, {describe(warm, warm.started)}\n{tail(site.log)}"
            )

    epoch = time.monotonic()
    say(
        f"load: {args.clients} clients for {args.duration:.0f}s over {', '.join(PATHS)}; "
        f"PostgreSQL restarts at {args.restart_at:.0f}s"
    )
    outcomes, threads = load(site.port, args.clients, epoch + args.duration, args.think)
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
    return Rig("dccs-resilience-", keep=args.keep).run(lambda rig: exercise(args, rig))


if __name__ == "__main__":
    sys.exit(main())
