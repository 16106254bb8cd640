"""The resilience drill's verdict: pure, given its requests and the restart's window.

``scripts/resilience.py`` restarts PostgreSQL under load and hands every
request it sent to ``judge``; ``report`` says what the verdict rests on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# A load balancer reads /healthz's status; the outage page's Retry-After is for people.
PROBE_PATHS = frozenset({"/healthz"})


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
