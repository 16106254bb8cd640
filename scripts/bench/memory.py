#!/usr/bin/env python3
"""Does each worker stay within its page-cache cap? ``make bench-memory`` (about ten minutes).

The fast path keeps at most ``PAGE_CACHE_MAX_BYTES`` (64 MB) of pages in each
process, counted as the memory they really take (site_cache/kept_pages.py).
This benchmark asks the site for 10,000 addresses that are 10,000 different
kept pages once the fast path has left out what the views do not read:
publications' own pages and combinations of the list's filters (type, year,
topic, page) over the benchmark's dataset (10,000 publications, as
``make bench`` builds it in its own PostgreSQL database). It reads each gunicorn
worker's resident memory (``VmRSS``) after warming up and then every 1,000
requests, and judges the growth against the cap plus 20 MB (Python's allocator,
django CMS's and Django's own caches, the database connection). So that the cap on
memory is what stops the store (not ``PAGE_CACHE_MAX_ENTRIES``, 2,000 pages,
which pages of about 20 KB reach first), the workers may keep up to 100,000 pages
unless ``--max-entries`` says otherwise::

    make bench-memory BENCH_MEMORY_ARGS="--urls 10000 --json memory.json"

Whatever happens it stops what it started, drops its database (unless
``--keep-db``) and removes its temporary folder. Exit status: 0 done (a missed
target fails only with ``--strict``), 1 missed under ``--strict``, 2 the rig
could not be set up, 130 interrupted.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import math
import os
import random
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.bench.rig import POSTGRES, PROXY_HEADERS, in_process, site_environment  # noqa: E402
from scripts.processes import (  # noqa: E402
    Rig,
    SetupError,
    get,
    gunicorn,
    migrate_and_seed,
    run,
    say,
    start_collectstatic,
    tail,
    wait_until_healthy,
)
from scripts.scratch_postgres import ScratchDatabase  # noqa: E402

DATABASE = ScratchDatabase(POSTGRES, "dccs_bench_memory")
CAP_BYTES = 64 * 1024**2  # settings.PAGE_CACHE_MAX_BYTES, the documented default
ALLOWANCE_BYTES = 20 * 1024**2
PER_PAGE = 20  # settings.PUBLICATIONS_PER_PAGE
WARM_UP = 200


# In a child process with the site's settings: which addresses to ask for.


def addresses(count: int, filters_share: float = 0.25, seed: int = 7) -> dict:
    """``count`` addresses that are different kept pages, and some others to warm up with."""
    import django

    django.setup()
    from django.db.models import Count
    from django.urls import reverse

    from publications.models import PublicationContent

    published = PublicationContent.objects.all()
    details = [content.get_absolute_url() for content in published.order_by("pk")]
    list_path = reverse("publications:list")
    filtered = []
    combinations = published.values("kind", "document_year", "topics__slug").annotate(n=Count("id"))
    for row in combinations.order_by("kind", "document_year", "topics__slug"):
        query = f"kind={row['kind']}&year={row['document_year']}"
        if row["topics__slug"]:
            query += f"&topic={row['topics__slug']}"
        for page in range(1, math.ceil(row["n"] / PER_PAGE) + 1):
            filtered.append(f"{list_path}?{query}&page={page}")
    rng = random.Random(seed)  # noqa: S311 (the same order every run, not a secret)
    rng.shuffle(details)
    rng.shuffle(filtered)
    wanted_filters = min(len(filtered), int(count * filters_share))
    chosen = filtered[:wanted_filters] + details[: count - wanted_filters]
    rng.shuffle(chosen)
    warm = (
        details[count - wanted_filters :][: WARM_UP // 2]
        + filtered[wanted_filters:][: WARM_UP // 2]
    )
    return {"urls": chosen, "warm": warm, "details": len(details), "filters": len(filtered)}


# The run.


def workers_of(master_pid: int) -> list[int]:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def fetch_all(port: int, urls: list[str], clients: int, every: int, on_progress) -> Counter:
    """GET every address with ``clients`` threads; counts of (status, X-Page-Cache)."""
    counts: Counter = Counter()
    lock = threading.Lock()
    done = itertools.count(1)
    queue = iter(urls)

    def client() -> None:
        while True:
            with lock:
                url = next(queue, None)
            if url is None:
                return
            try:
                answer = get(port, url, headers=PROXY_HEADERS, timeout=60)
                outcome = (answer.status, answer.headers.get("x-page-cache", "-"))
            except (OSError, http.client.HTTPException) as error:
                outcome = ("no answer", type(error).__name__)
            number = next(done)
            with lock:
                counts[outcome] += 1
                if number % every == 0:
                    on_progress(number)

    # Daemons: an interrupted run stops its servers and leaves, whatever they are waiting for.
    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counts


def measure(args: argparse.Namespace, rig: Rig) -> dict:
    folder = rig.folder
    say(f"creating PostgreSQL database {DATABASE.name}")
    if not args.keep_db:
        rig.on_cleanup(DATABASE.drop)
    env = site_environment(folder, DATABASE.create(), args.redis_url)
    env["PAGE_CACHE_MAX_ENTRIES"] = str(args.max_entries)
    collectstatic = start_collectstatic(rig, env)
    say("migrating and seeding, collectstatic in the background")
    migrate_and_seed(env, folder / "manage.log")
    say(f"building the dataset: {args.pages} pages, {args.publications} publications")
    in_process(
        env,
        "build",
        f"--pages={args.pages}",
        f"--publications={args.publications}",
        folder=folder,
        timeout=1800,
    )
    listed = folder / "memory-urls.json"
    run(
        [sys.executable, __file__, "--list-urls", str(args.urls), "--out", str(listed)],
        log=folder / "in-process.log",
        env=env,
        timeout=600,
    )
    chosen = json.loads(listed.read_text())
    collectstatic.wait_for_success()
    server = rig.start(gunicorn("memory", folder, env, workers=args.workers, timeout=60))
    wait_until_healthy(server)
    workers = workers_of(server.process.pid)
    say(f"gunicorn, {args.workers} sync workers {workers}; warming up with {len(chosen['warm'])}")
    warmed = fetch_all(
        server.port, ["/", "/about/", "/publications/"] * 4 + chosen["warm"], 2, 10**9, None
    )
    if {status for status, _ in warmed} != {200}:
        raise SetupError(f"warming up, the site answered {dict(warmed)}:\n{tail(server.log)}")
    before = {pid: rss_bytes(pid) for pid in workers}
    samples = [(0, dict(before))]
    started = time.monotonic()

    def progress(number: int) -> None:
        samples.append((number, {pid: rss_bytes(pid) for pid in workers}))
        mib = ", ".join(f"{rss / 1024**2:.0f}" for rss in samples[-1][1].values())
        say(f"{number:>6} requests: workers' RSS {mib} MiB")

    urls = chosen["urls"]
    say(f"asking for {len(urls)} addresses ({args.clients} at a time)")
    counts = fetch_all(server.port, urls, args.clients, 1000, progress)
    seconds = time.monotonic() - started
    after = {pid: rss_bytes(pid) for pid in workers}
    peak = {pid: max(sample[pid] for _, sample in samples + [(0, after)]) for pid in workers}
    return {
        "urls": len(urls),
        "details_available": chosen["details"],
        "filter_pages_available": chosen["filters"],
        "seconds": seconds,
        "answers": {f"{status} {cache}": n for (status, cache), n in sorted(counts.items())},
        "workers": {
            str(pid): {"before": before[pid], "after": after[pid], "peak": peak[pid]}
            for pid in workers
        },
        "samples": [
            [number, {str(pid): rss for pid, rss in rss.items()}] for number, rss in samples
        ],
        "max_entries": args.max_entries,
        "cap_bytes": CAP_BYTES,
        "allowance_bytes": ALLOWANCE_BYTES,
    }


def report(result: dict) -> bool:
    """Print the figures and the verdict; True when a worker grew past the cap plus 20 MB."""
    mib = 1024**2
    print()
    print(
        f"make bench-memory: {result['urls']} addresses in {result['seconds']:.0f} s "
        f"(of {result['details_available']} publications' pages and "
        f"{result['filter_pages_available']} pages of filter combinations), "
        f"PAGE_CACHE_MAX_ENTRIES={result['max_entries']}"
    )
    print(
        "answers (status, X-Page-Cache): "
        + ", ".join(f"{name}: {n}" for name, n in result["answers"].items())
    )
    limit = (result["cap_bytes"] + result["allowance_bytes"]) / mib
    missed = False
    for pid, rss in result["workers"].items():
        growth = (rss["after"] - rss["before"]) / mib
        peak_growth = (rss["peak"] - rss["before"]) / mib
        missed = missed or peak_growth > limit
        print(
            f"worker {pid}: RSS {rss['before'] / mib:.0f} MiB after warming up, "
            f"{rss['after'] / mib:.0f} MiB after (growth {growth:.1f} MiB, at most "
            f"{peak_growth:.1f} MiB)"
        )
    fresh = sum(n for name, n in result["answers"].items() if name == "200 miss")
    print(f"kept as new pages: {fresh} of {result['urls']} (the rest: see the answers above)")
    outcome = "MISSED" if missed else "met"
    print(
        f"[{outcome}] each worker's RSS growth over {result['urls']} distinct pages <= the cap "
        f"({result['cap_bytes'] / mib:.0f} MiB) + {result['allowance_bytes'] / mib:.0f} MiB = "
        f"{limit:.0f} MiB"
    )
    return missed


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--urls", type=int, default=10_000, help="addresses asked for (10000)")
    parser.add_argument("--publications", type=int, default=10_000, help="publications (10000)")
    parser.add_argument("--pages", type=int, default=50, help="CMS pages in the dataset (50)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (2)")
    parser.add_argument("--clients", type=int, default=2, help="requests at a time (2)")
    parser.add_argument(
        "--max-entries", type=int, default=100_000, help="PAGE_CACHE_MAX_ENTRIES (100000)"
    )
    parser.add_argument("--redis-url", default="", help="serve with this Redis as the cache")
    parser.add_argument("--keep-db", action="store_true", help=f"keep {DATABASE.name}")
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    parser.add_argument("--list-urls", type=int, help=argparse.SUPPRESS)  # the child's work
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list_urls:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dccs_site.settings")
        args.out.write_text(json.dumps(addresses(args.list_urls)))
        return 0
    measured: list[dict] = []

    def bench(rig: Rig) -> int:
        measured.append(measure(args, rig))
        return 0

    status = Rig("dccs-bench-memory-").run(bench)
    if status:
        return status
    missed = report(measured[0])
    if args.json:
        args.json.write_text(json.dumps(measured[0], indent=2))
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
