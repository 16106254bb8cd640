"""How long the filtered publications list takes to answer, in this process.

::

    from django.test import Client
    from scripts.bench.publications_list import publications_list_timings

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    print(publications_list_timings(client))  # {"median_ms": ..., ...}

Each request asks ``/publications/?q=...&kind=...&year=...`` with a combination
not asked before in this process (up to 384 of them; the fast path in front of
django CMS keeps what it has answered), so no page cache can answer it: the figure is the
server's own work (the view, its queries and the template), wall clock, with
the menus and other site-wide caches as warm as they are in production.
"""

import itertools
import statistics
import time
from collections import Counter
from urllib.parse import urlencode

WORDS = ("plan", "report", "strategy", "children", "care", "help", "youth", "housing")
KINDS = ("plan", "report", "strategy", "policy", "handbook", "inspection-letter")
YEARS = (2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017)


COMBINATIONS = tuple(itertools.product(YEARS, WORDS, KINDS))  # 384 of them
_asked = itertools.count()  # where the next call starts, so calls do not repeat one another


def filtered_paths(n: int, start: int = 0) -> list[str]:
    """``n`` different filtered list addresses, spread over words, types and years."""
    return [
        "/publications/?" + urlencode({"q": word, "kind": kind, "year": year})
        for year, word, kind in (
            COMBINATIONS[(start + index) % len(COMBINATIONS)] for index in range(n)
        )
    ]


def publications_list_timings(client, n: int = 30) -> dict:
    """Time ``n`` filtered list requests; the median, spread and status codes (ms)."""
    client.get("/publications/?q=warm&kind=plan&year=2000")  # URLs, menus, connections
    timings = []
    statuses = Counter()
    start = next(_asked) * n  # a page cache may keep what an earlier call asked
    for path in filtered_paths(n, start):
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
        statuses[response.status_code] += 1
    timings.sort()
    return {
        "n": len(timings),
        "median_ms": round(statistics.median(timings), 2),
        "p90_ms": round(timings[int(0.9 * (len(timings) - 1))], 2),
        "min_ms": round(timings[0], 2),
        "max_ms": round(timings[-1], 2),
        "statuses": dict(statuses),
        "example": filtered_paths(1)[0],
    }
