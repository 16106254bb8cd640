"""Run wrk and read what it prints: requests per second and latency percentiles.

``run_wrk`` runs it (for ``make bench`` and ``make scale-demo``); the parsing
is pure, so that a test can feed it wrk's output::

    result = parse_wrk_output(completed.stdout)
    result.requests_per_second, result.latency_ms[50], result.latency_ms[99]
"""

from __future__ import annotations

import re
import statistics
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field

# wrk prints durations with these units (see its units.c).
_TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}

_DURATION = r"(?P<value>\d+(?:\.\d+)?)(?P<unit>us|ms|s|m|h)"
_PERCENTILE_LINE = re.compile(r"^\s*(?P<percent>\d+(?:\.\d+)?)%\s+" + _DURATION + r"\s*$", re.M)
_REQUESTS_PER_SECOND = re.compile(r"^Requests/sec:\s+(?P<value>\d+(?:\.\d+)?)\s*$", re.M)
_TOTAL = re.compile(r"^\s*(?P<requests>\d+) requests in " + _DURATION + r",", re.M)
_NON_2XX = re.compile(r"^\s*Non-2xx or 3xx responses:\s+(?P<count>\d+)\s*$", re.M)
_SOCKET_ERRORS = re.compile(
    r"^\s*Socket errors: connect (?P<connect>\d+), read (?P<read>\d+), "
    r"write (?P<write>\d+), timeout (?P<timeout>\d+)\s*$",
    re.M,
)


class WrkOutputError(ValueError):
    """wrk's output did not say how many requests per second it managed."""


@dataclass(frozen=True)
class WrkResult:
    """One wrk run: its throughput, its latency percentiles (ms) and what went wrong."""

    requests_per_second: float
    requests: int
    duration_ms: float
    latency_ms: dict[float, float] = field(default_factory=dict)
    non_2xx_3xx: int = 0
    socket_errors: int = 0

    @property
    def errors(self) -> int:
        return self.non_2xx_3xx + self.socket_errors


def _milliseconds(value: str, unit: str) -> float:
    return float(value) * _TIME_UNITS_MS[unit]


def parse_wrk_output(text: str) -> WrkResult:
    """Read ``wrk --latency`` output; a WrkOutputError when it has no Requests/sec line."""
    rate = _REQUESTS_PER_SECOND.search(text)
    total = _TOTAL.search(text)
    if rate is None or total is None:
        raise WrkOutputError(f"no 'Requests/sec' in wrk's output:\n{text.strip()[:2000]}")
    latency = {
        float(match["percent"]): _milliseconds(match["value"], match["unit"])
        for match in _PERCENTILE_LINE.finditer(text)
    }
    non_2xx = _NON_2XX.search(text)
    sockets = _SOCKET_ERRORS.search(text)
    return WrkResult(
        requests_per_second=float(rate["value"]),
        requests=int(total["requests"]),
        duration_ms=_milliseconds(total["value"], total["unit"]),
        latency_ms=latency,
        non_2xx_3xx=int(non_2xx["count"]) if non_2xx else 0,
        socket_errors=(
            sum(int(sockets[kind]) for kind in ("connect", "read", "write", "timeout"))
            if sockets
            else 0
        ),
    )


def wrk_command(
    url: str,
    *,
    threads: int = 2,
    connections: int = 16,
    seconds: float = 10,
    headers: Iterable[str] = ("X-Forwarded-Proto: https",),
    wrk: str = "wrk",
) -> list[str]:
    """The issue's reference load: ``wrk -t2 -c16 -d10s --latency``, as the proxy would send."""
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    return [*command, url]


def run_wrk(url: str, **options) -> WrkResult:
    """Run ``wrk_command(url, **options)``; a WrkOutputError when it printed no result."""
    command = wrk_command(url, **options)
    completed = subprocess.run(  # noqa: S603 (our own command, no shell)
        command,
        capture_output=True,
        text=True,
        check=False,
        timeout=options.get("seconds", 10) + 60,
    )
    try:
        return parse_wrk_output(completed.stdout)
    except WrkOutputError as error:
        raise WrkOutputError(f"{' '.join(command)}: {error}\n{completed.stderr}") from error


def median_result(results: Iterable[WrkResult]) -> WrkResult | None:
    """The median round of several: median throughput and median of each percentile."""
    rounds = list(results)
    if not rounds:
        return None
    percents = set.intersection(*(set(result.latency_ms) for result in rounds))
    return WrkResult(
        requests_per_second=statistics.median(r.requests_per_second for r in rounds),
        requests=sum(r.requests for r in rounds),
        duration_ms=sum(r.duration_ms for r in rounds),
        latency_ms={
            percent: statistics.median(r.latency_ms[percent] for r in rounds)
            for percent in sorted(percents)
        },
        non_2xx_3xx=sum(r.non_2xx_3xx for r in rounds),
        socket_errors=sum(r.socket_errors for r in rounds),
    )
