#!/usr/bin/env python3
"""How fast is the site? Run it with ``make bench`` (a few minutes) or ``make bench-short`` (CI).

``make bench`` builds a large site (500 pages, 10,000 publications) in its own
PostgreSQL database, ``dccs_bench``, and serves it three ways under gunicorn
with the same settings (2 sync workers, loopback): the site as production runs
it (cached), the site with every page cache off (``settings_uncached``: every
request renders), and a bare Django view, the floor (``floor.py``). Then:

- wrk (``-t2 -c16 --latency``, as the HTTPS proxy would send) against each seeded
  address, cached and uncached, in interleaved rounds with the floor; the table
  shows the median round and the cached requests/s as a ratio to the floor's;
- CPU per request inside one process (no sockets, one thread), cached and
  uncached, and queries per uncached request (``in_process.py``);
- the publications filter's median server time over 10,000 publications;
- each page's first view in Chromium (``first_view.py``).

It prints one table and a verdict per target of the issue. ``--short`` (CI) skips
wrk, the large dataset and the CPU figures: a throwaway SQLite site, queries per
uncached request for every seeded address and each page's first view; it exits
1 when one is over its limit.

Whatever happens it stops what it started (each server in its own process
group), drops ``dccs_bench`` (unless ``--keep-db``) and removes its temporary
folder. Exit status: 0 done (targets missed are printed, and fail only with
``--strict``, which ``--short`` implies), 1 a target missed under ``--strict``,
2 the rig could not be set up, 130 interrupted.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.bench.report import (  # noqa: E402
    PAGE,
    BenchResults,
    UrlFigures,
    table,
    verdicts,
)
from scripts.bench.rig import (  # noqa: E402
    DATABASE,
    PROXY_HEADERS,
    in_process,
    machine,
    site_environment,
    with_settings,
)
from scripts.bench.throughput import ensure_wrk, wrk_rounds  # noqa: E402
from scripts.processes import (  # noqa: E402
    HOST,
    Rig,
    gunicorn,
    migrate_and_seed,
    say,
    start_collectstatic,
    status_of,
    wait_until_healthy,
)


def first_views(
    port: int, figures: list[UrlFigures], results: BenchResults, only_home: bool = False
) -> bool:
    """Each page's (or the home page's) first view in Chromium; False when that failed."""
    try:
        from scripts.bench import first_view
    except ImportError as missing:
        results.missing.append(
            f"first view: scripts/bench/first_view.py not available yet ({missing})"
        )
        return True
    for f in figures:
        if f.kind != PAGE or f.status or (only_home and f.url != "/"):
            continue
        try:
            f.first_view = first_view.measure(f"http://{HOST}:{port}{f.url}")
        except Exception as exc:
            results.missing.append(f"first view failed: {type(exc).__name__}: {exc}")
            return False
        failures = getattr(first_view, "failures", None)
        f.first_view_problems = failures(f.first_view) if failures else []
    return True


def apply_in_process(figures: list[UrlFigures], measured: dict) -> None:
    for f in figures:
        entry = measured["urls"].get(f.url, {})
        if entry.get("status") != 200:
            f.status = entry.get("status")
        f.queries_uncached = entry.get("queries_uncached")
        f.cpu_cached_ms = entry.get("cpu_cached_ms")
        f.cpu_304_ms = entry.get("cpu_304_ms")
        f.cpu_uncached_ms = entry.get("cpu_uncached_ms")


def choose(addresses: list[dict], wanted: list[str] | None) -> list[UrlFigures]:
    figures = [UrlFigures(url=entry["url"], kind=entry["kind"]) for entry in addresses]
    if wanted:
        known = {f.url: f for f in figures}
        figures = [known.get(url) or UrlFigures(url=url, kind=PAGE) for url in wanted]
    return figures


def missing_pieces(results: BenchResults, fast_path: bool) -> None:
    if not fast_path:
        results.missing.append(
            "site_cache/fast_path.py not available yet: 'cached' is django CMS's page cache"
        )
    if not (ROOT / "site_cache" / "generation.py").exists():
        results.missing.append(
            "site_cache/generation.py not available yet: 'uncached' clears the cache only"
        )


# The two runs.


def full_run(args: argparse.Namespace, rig: Rig) -> BenchResults:
    results, folder = BenchResults(), rig.folder
    wrk = ensure_wrk(folder)
    if wrk is None:
        results.missing.append("wrk: not installed and apt-get could not install it")

    say(f"creating PostgreSQL database {DATABASE.name}")
    database_url = DATABASE.create()
    if not args.keep_db:
        rig.on_cleanup(DATABASE.drop)
    env = site_environment(folder, database_url, args.redis_url)

    collectstatic = seed_beside_collectstatic(rig, env, "")
    say(f"building the dataset: {args.pages} pages, {args.publications} publications")
    built = in_process(
        env,
        "build",
        f"--pages={args.pages}",
        f"--publications={args.publications}",
        folder=folder,
        timeout=1800,
        log=sys.stdout,
    )
    if built.get("available"):
        results.notes.append(
            f"dataset: {args.pages} pages and {args.publications} publications "
            f"built in {built['seconds']:.0f} s"
        )
        say(results.notes[-1])
    else:
        results.missing.append(f"large dataset: {built.get('why')}; measured the seeded site")
    listed = in_process(env, "urls", folder=folder)
    figures = choose(listed["urls"], args.urls)
    missing_pieces(results, listed["fast_path"])
    results.urls = figures
    collectstatic.wait_for_success()

    uncached = with_settings(env, "scripts.bench.settings_uncached")
    floor = with_settings(env, "scripts.bench.floor")
    servers = {
        "cached": gunicorn("cached", folder, env, workers=args.workers, timeout=60),
        "uncached": gunicorn("uncached", folder, uncached, workers=args.workers, timeout=60),
        "floor": gunicorn(
            "floor",
            folder,
            floor,
            workers=args.workers,
            timeout=60,
            application="scripts.bench.floor:application",
        ),
    }
    for server in servers.values():
        rig.start(server)
    ports = {name: server.port for name, server in servers.items()}
    for name, server in servers.items():
        wait_until_healthy(server, "/" if name == "floor" else "/healthz")
    say(f"gunicorn, {args.workers} sync workers each: {ports}")
    for f in figures:  # warm every worker, and make sure each address answers 200
        statuses = {
            status_of(ports[name], f.url, PROXY_HEADERS)
            for name in ("cached", "uncached")
            for _ in range(2)
        }
        if statuses != {200}:
            f.status = next(iter(statuses - {200}))
            results.notes.append(f"{f.url} answered {sorted(statuses, key=str)}; not measured")
    answering = [f for f in figures if not f.status]
    if wrk:
        wrk_rounds(wrk, ports, answering, results, args)
    say("the home page's first view in Chromium (make bench-short checks every page's)")
    first_views(ports["cached"], answering, results, only_home=True)
    for server in servers.values():
        server.stop()

    say("in-process: queries, CPU per request (cached and uncached), the publications filter")
    measured = in_process(
        env,
        "measure",
        "--cpu",
        "--publications-list",
        "--urls",
        *[f.url for f in figures],
        folder=folder,
        timeout=900,
    )
    apply_in_process(figures, measured)
    results.publications_list = measured.get("publications_list")
    rendering = in_process(
        uncached,
        "measure",
        "--cpu-render",
        "--urls",
        *[f.url for f in figures if not f.status],
        folder=folder,
        timeout=900,
    )
    for f in figures:
        f.cpu_render_ms = rendering["urls"].get(f.url, {}).get("cpu_render_ms")
    results.floor_cpu_ms = in_process(floor, "floor", folder=folder)["cpu_ms"]
    return results


def seed_beside_collectstatic(rig: Rig, env: dict, what: str):
    """Start collectstatic in the background, then migrate and seed; returns collectstatic."""
    collectstatic = start_collectstatic(rig, env)
    say(f"collectstatic in the background; migrating and seeding{what}")
    migrate_and_seed(env, rig.folder / "manage.log")
    return collectstatic


def short_run(args: argparse.Namespace, rig: Rig) -> BenchResults:
    results, folder = BenchResults(), rig.folder
    results.notes.append("--short: SQLite, the seeded site only; no wrk, no CPU figures")
    env = site_environment(folder, f"sqlite:///{folder / 'db.sqlite3'}")
    collectstatic = seed_beside_collectstatic(rig, env, " a SQLite site")
    counting = with_settings(env, "scripts.bench.settings_queries")
    say("queries per uncached request")
    measured = in_process(counting, "measure", "--urls", *(args.urls or ()), folder=folder)
    figures = choose(measured["addresses"], None)
    missing_pieces(results, measured["fast_path"])
    results.urls = figures
    apply_in_process(figures, measured)
    collectstatic.wait_for_success()
    site = rig.start(gunicorn("cached", folder, env, workers=args.workers, timeout=60))
    wait_until_healthy(site)
    say("first views in Chromium")
    if not first_views(site.port, [f for f in figures if not f.status], results):
        results.notes.append("FAILED: the first view could not be measured")
    site.stop()
    return results


# Reporting.


def print_results(results: BenchResults, args: argparse.Namespace) -> bool:
    """The table and a verdict per target; True when a target was missed."""
    print()
    if args.short:
        print("make bench-short: queries per uncached request and first views (no throughput)")
    else:
        print(
            f"make bench: gunicorn {args.workers} sync workers; wrk -t{args.threads} "
            f"-c{args.connections} -d{args.duration:g}s --latency, median of {args.rounds} "
            "interleaved rounds; CPU in one process"
        )
    for line in machine():
        print(line)
    for note in results.notes:
        print(note)
    for missing in results.missing:
        print(f"not available: {missing}")
    print()
    print(table(results))
    print()
    missed = False
    for verdict in verdicts(results):
        print(verdict.line())
        # --short (CI) fails on a regression; a known gap is printed but does not fail it.
        missed = missed or (verdict.regression if args.short else verdict.missed)
    broken = any(f.status for f in results.urls) or any(
        note.startswith("FAILED") for note in results.notes
    )
    return missed or broken


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--short", action="store_true", help="CI: query counts and first views")
    parser.add_argument("--duration", type=int, default=2, help="seconds per wrk run (2)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved wrk rounds (3)")
    parser.add_argument("--urls", nargs="+", help="only these addresses (default: every seeded)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (2)")
    parser.add_argument("--pages", type=int, default=500, help="CMS pages in the dataset (500)")
    parser.add_argument("--publications", type=int, default=10_000, help="publications (10000)")
    parser.add_argument("--keep-db", action="store_true", help=f"keep {DATABASE.name} afterwards")
    parser.add_argument(
        "--redis-url", default="", help="serve with this Redis as the cache (it gets flushed)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    args.strict = args.strict or args.short
    return args


def results_as_json(results: BenchResults) -> str:
    return json.dumps(dataclasses.asdict(results), indent=2, default=str)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    load_at_start = " ".join(f"{x:.2f}" for x in os.getloadavg())
    measured: list[BenchResults] = []

    def bench(rig: Rig) -> int:
        measured.append((short_run if args.short else full_run)(args, rig))
        return 0

    status = Rig("dccs-bench-").run(bench)
    if status:
        return status
    results = measured[0]
    load_at_end = " ".join(f"{x:.2f}" for x in os.getloadavg())
    results.notes.insert(
        0, f"load average (1, 5, 15 min): {load_at_start} at the start, {load_at_end} at the end"
    )
    missed = print_results(results, args)
    if args.json:
        args.json.write_text(results_as_json(results))
    say("done")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
