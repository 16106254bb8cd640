"""Is every publish fresh everywhere? The scale demo's watchers, rounds and verdict.

While a Publisher publishes through instance A, a ``Watcher`` per port (B,
nginx) asks for the page over and over; ``judge_publish`` says whether each
showed the change as promised: on the very next request when B shares A's host
(one generation file), within ``OTHER_HOST_SECONDS`` when B is on another host
(only Redis connects them), and from then on always.
"""

from __future__ import annotations

import http.client
import statistics
import threading
import time
from dataclasses import dataclass, field

from scripts.processes import get

# How soon another host must show a publish (instances on this host: the next request).
OTHER_HOST_SECONDS = 1.0


@dataclass(frozen=True)
class Seen:
    started: float
    fresh: bool
    status: int | None
    cache_status: str = ""


@dataclass
class Watcher:
    """Requests the page from one port over and over, noting whether each showed ``text``."""

    name: str
    port: int
    text: str
    seen: list[Seen] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self._run, daemon=True)
        thread.start()
        return thread

    def _run(self) -> None:
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                answer = get(self.port, timeout=5)
                self.seen.append(
                    Seen(
                        started,
                        answer.shows(self.text),
                        answer.status,
                        answer.headers.get("x-cache-status", ""),
                    )
                )
            except (OSError, http.client.HTTPException):
                self.seen.append(Seen(started, False, None))
            time.sleep(0.005)

    def stale_for(self, moment: float) -> float:
        """Seconds from ``moment`` to the start of the last request that did not show the change."""
        stale = self.stale_after(moment)
        return stale[-1].started - moment if stale else 0.0

    def stale_after(self, moment: float) -> list[Seen]:
        return [seen for seen in self.seen if seen.started >= moment and not seen.fresh]

    def asked_after(self, moment: float) -> int:
        return sum(1 for seen in self.seen if seen.started >= moment)


@dataclass
class Round:
    number: int
    topology: str  # "same host" or "other host"
    page_rps: float = 0.0
    static_rps: float = 0.0
    nginx_cached: str = ""
    b_stale_for: float = 0.0
    nginx_stale_for: float = 0.0
    watched: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.page_rps / self.static_rps if self.static_rps else 0.0


def judge_publish(
    result: Round, published_at: float, b: Watcher, nginx: Watcher, a_fresh: bool
) -> None:
    """Same host: the next request anywhere shows it. Other host: within a second, then always."""
    if not a_fresh:
        result.problems.append("instance A did not show its own publish on the next request")
    result.b_stale_for = b.stale_for(published_at)
    result.nginx_stale_for = nginx.stale_for(published_at)
    result.watched = b.asked_after(published_at) + nginx.asked_after(published_at)
    if result.topology == "same host":
        from_when = {"B": published_at, "nginx": published_at}
        promise = "on the next request"
    else:
        settled = published_at + OTHER_HOST_SECONDS
        from_when = {"B": settled, "nginx": settled}
        promise = f"within {OTHER_HOST_SECONDS:g} s"
    for name, watcher in (("B", b), ("nginx", nginx)):
        since = from_when[name]
        if watcher.asked_after(since) == 0:
            result.problems.append(f"{name} was not asked after the publish")
        stale = watcher.stale_after(since)
        if stale:
            first = stale[0]
            result.problems.append(
                f"{name} served the old page {first.started - published_at:+.3f} s after the "
                f"publish (HTTP {first.status}, X-Cache-Status {first.cache_status or '-'}); "
                f"{len(stale)} such answers: it must show the change {promise}"
            )


def stale_time(seconds: float) -> str:
    return f"+{seconds * 1000:.0f} ms" if seconds else "none (fresh on the next request)"


def summary(
    rounds: list[Round], min_ratio: float, rig_problems: list[str]
) -> tuple[bool, list[str]]:
    lines = [
        "round  B is on      page req/s  static req/s  ratio  last old page: from B  from nginx",
    ]
    for r in rounds:

        def ms(seconds):
            return f"+{seconds * 1000:.0f} ms" if seconds else "none"

        lines.append(
            f"{r.number:>5}  {r.topology:<10} {r.page_rps:>11,.0f}  {r.static_rps:>12,.0f}  "
            f"{r.ratio:>5.2f}  {ms(r.b_stale_for):>21}  {ms(r.nginx_stale_for):>10}"
        )
    ratio = statistics.median(r.ratio for r in rounds)
    ok = not any(r.problems for r in rounds) and not rig_problems
    lines += [f"  {problem}" for problem in rig_problems]
    lines.append(f"median ratio, pages through nginx / a static file from nginx: {ratio:.2f}")
    if ratio < min_ratio:
        ok = False
        lines.append(f"  below the target of {min_ratio:g}")
    for r in rounds:
        lines += [f"  round {r.number}: {problem}" for problem in r.problems]
    return ok, lines
