"""``make bench``'s throughput: wrk against the cached site, the uncached site and the floor.

Interleaved rounds, so that a machine that gets busier during the run moves all
three alike; ``run.py`` calls ``ensure_wrk`` and then ``wrk_rounds``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
from pathlib import Path

from scripts.bench.report import BenchResults, UrlFigures
from scripts.bench.rig import HEADERS, PROXY_HEADERS
from scripts.bench.wrk import WrkOutputError, WrkResult, median_result, run_wrk
from scripts.processes import HOST, SetupError, apt_install, say, status_of


def ensure_wrk(folder: Path) -> str | None:
    """wrk's path, installing Debian's package when it is missing; None if that fails."""
    if not shutil.which("wrk"):
        try:
            apt_install(["wrk"], folder / "apt.log")
        except SetupError as error:
            say(f"could not install wrk: {error}")
    return shutil.which("wrk")


def measure(wrk: str, port: int, url: str, args: argparse.Namespace) -> WrkResult:
    """One wrk run against ``url`` on ``port``, as the HTTPS proxy would send it."""
    try:
        result = run_wrk(
            f"http://{HOST}:{port}{url}",
            threads=args.threads,
            connections=args.connections,
            seconds=args.duration,
            headers=HEADERS,
            wrk=wrk,
        )
    except WrkOutputError as error:
        raise SetupError(str(error)) from error
    # When wrk stops, the requests it left queued are still being served: an uncached
    # server has a second or so of work left, which would eat into the next run. One
    # more request, queued behind them, returns once the server is idle again.
    status_of(port, "/healthz", PROXY_HEADERS)
    return result


def wrk_rounds(
    wrk: str,
    ports: dict[str, int],
    figures: list[UrlFigures],
    results: BenchResults,
    args: argparse.Namespace,
) -> None:
    """Interleaved rounds: for each address the floor, cached, uncached; the median round.

    Each cached run is compared with the floor run just before it, so that the ratio
    holds however busy the machine gets during the run.
    """
    floors: list[WrkResult] = []
    cached: dict[str, list[WrkResult]] = {f.url: [] for f in figures}
    uncached: dict[str, list[WrkResult]] = {f.url: [] for f in figures}
    ratios: dict[str, list[float]] = {f.url: [] for f in figures}
    for round_number in range(1, args.rounds + 1):
        say(f"wrk round {round_number} of {args.rounds} ({args.duration:g} s per run)")
        for f in figures:
            floor = measure(wrk, ports["floor"], "/", args)
            floors.append(floor)
            hit = measure(wrk, ports["cached"], f.url, args)
            cached[f.url].append(hit)
            ratios[f.url].append(hit.requests_per_second / floor.requests_per_second)
            uncached[f.url].append(measure(wrk, ports["uncached"], f.url, args))
    results.floor = median_result(floors)
    for f in figures:
        f.cached = median_result(cached[f.url])
        f.uncached = median_result(uncached[f.url])
        f.ratio_to_floor = statistics.median(ratios[f.url]) if ratios[f.url] else None
