"""Which line applies at a given moment, why, and when that next changes.

``status_at(moment, schedule)`` is the one place that decides. It is pure: it
reads neither the clock nor the database, so the same moment and schedule give
the same answer on any server in any time zone. Callers read the clock once
(at the edge: a view, a plugin) and load the schedule once with
``load_schedule()``::

    schedule = load_schedule()
    status = status_at(timezone.now(), schedule)
    status.line         # LineKind.OFFICE or LineKind.OUT_OF_HOURS
    str(status.reason)  # "office hours", "bank holiday: Boxing Day", ...
    status.next_change  # the next moment the line changes (None if never, as far as we look)

Opening hours are wall-clock times in Europe/London, so they move with the
clocks: 9am is 09:00 GMT in winter and 08:00 UTC in summer. The office line
applies from opening time up to, not including, closing time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from itertools import chain
from types import MappingProxyType
from zoneinfo import ZoneInfo

from contacts.bank_holidays import england_bank_holiday
from contacts.choices import LineKind, Weekday

LONDON = ZoneInfo("Europe/London")

# How far ahead to look for the next change. A closure or a schedule with no
# opening hours at all can put it further away; then it is None.
HORIZON_DAYS = 400


class ReasonKind(StrEnum):
    """Why a line applies, as a fixed code a template or a client can rely on."""

    OFFICE_HOURS = "office hours"
    BEFORE_OPENING = "before office hours"
    EVENING = "evening"
    WEEKEND = "weekend"
    NOT_AN_OFFICE_DAY = "no office hours on this day"
    BANK_HOLIDAY = "bank holiday"
    CLOSURE = "closure"


@dataclass(frozen=True)
class Reason:
    """Why a line applies: ``kind``, and ``detail`` naming the bank holiday or the closure."""

    kind: ReasonKind
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}" if self.detail else str(self.kind)


@dataclass(frozen=True)
class ClosurePeriod:
    """Whole days, ``starts_on`` to ``ends_on`` inclusive, when the office line is closed."""

    starts_on: date
    ends_on: date
    reason: str

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class Schedule:
    """Everything the decision needs, frozen: opening hours, closures, bank holidays.

    ``opening_hours`` maps a weekday (0 is Monday) to the office line's
    (opens, closes) wall-clock times; a weekday missing from it has no office
    hours. ``open_on_bank_holidays`` are the bank holidays on which the office
    keeps its usual hours. ``bank_holiday_name`` answers for any date (the
    ``holidays`` library by default; tests may pass their own).
    """

    opening_hours: Mapping[int, tuple[time, time]]
    closures: tuple[ClosurePeriod, ...] = ()
    open_on_bank_holidays: frozenset[date] = frozenset()
    bank_holiday_name: Callable[[date], str | None] = field(default=england_bank_holiday)

    def __post_init__(self) -> None:
        object.__setattr__(self, "opening_hours", MappingProxyType(dict(self.opening_hours)))
        object.__setattr__(self, "closures", tuple(self.closures))
        object.__setattr__(self, "open_on_bank_holidays", frozenset(self.open_on_bank_holidays))

    def closure_on(self, day: date) -> ClosurePeriod | None:
        """The closure covering ``day`` (the one that started first, if several overlap)."""
        covering = [closure for closure in self.closures if closure.covers(day)]
        return min(covering, key=lambda c: (c.starts_on, c.ends_on), default=None)


@dataclass(frozen=True)
class LineStatus:
    """The answer for one moment.

    ``next_change`` is the next moment a different line applies; a change of
    reason alone (evening to weekend) does not count. ``reason_until`` is the
    next moment the reason changes, which is never later than ``next_change``:
    anything that shows the reason is good until then, and no longer.
    """

    moment: datetime
    line: LineKind
    reason: Reason
    next_change: datetime | None
    reason_until: datetime | None


@dataclass(frozen=True)
class _Segment:
    """A stretch of a day, from ``starts`` (UTC) until the next segment, with one answer."""

    starts: datetime
    line: LineKind
    reason: Reason


def _wall_clock(day: date, at: time) -> datetime:
    """The UTC instant of a London wall-clock time. A time the clocks skip counts as the
    same time before the change (01:30 on the spring Sunday is 02:30 BST)."""
    return datetime.combine(day, at, tzinfo=LONDON).astimezone(UTC)


def _day_segments(day: date, schedule: Schedule) -> list[_Segment]:
    """The answers through one London day, in order; the first starts at midnight."""
    midnight = _wall_clock(day, time(0))
    out_of_hours = LineKind.OUT_OF_HOURS

    closure = schedule.closure_on(day)
    if closure:
        return [_Segment(midnight, out_of_hours, Reason(ReasonKind.CLOSURE, closure.reason))]
    holiday = schedule.bank_holiday_name(day)
    if holiday and day not in schedule.open_on_bank_holidays:
        return [_Segment(midnight, out_of_hours, Reason(ReasonKind.BANK_HOLIDAY, holiday))]

    weekend = day.weekday() in (Weekday.SATURDAY, Weekday.SUNDAY)
    hours = schedule.opening_hours.get(day.weekday())
    if not hours:
        kind = ReasonKind.WEEKEND if weekend else ReasonKind.NOT_AN_OFFICE_DAY
        return [_Segment(midnight, out_of_hours, Reason(kind))]

    opens, closes = hours
    before = Reason(ReasonKind.WEEKEND if weekend else ReasonKind.BEFORE_OPENING)
    after = Reason(ReasonKind.WEEKEND if weekend else ReasonKind.EVENING)
    segments = [
        _Segment(midnight, out_of_hours, before),
        _Segment(_wall_clock(day, opens), LineKind.OFFICE, Reason(ReasonKind.OFFICE_HOURS)),
        _Segment(_wall_clock(day, closes), out_of_hours, after),
    ]
    # Drop a segment with no length (opening at midnight) and any the clocks
    # put out of order (hours set inside the skipped hour).
    ordered: list[_Segment] = []
    for segment in segments:
        while ordered and ordered[-1].starts >= segment.starts:
            ordered.pop()
        ordered.append(segment)
    return ordered


def _segments_from(day: date, schedule: Schedule) -> Iterator[_Segment]:
    for offset in range(HORIZON_DAYS + 1):
        yield from _day_segments(day + timedelta(days=offset), schedule)


def status_at(moment: datetime, schedule: Schedule) -> LineStatus:
    """Which line applies at ``moment``, why, and when the line and the reason next change.

    ``moment`` must be timezone-aware (any zone: it is read in Europe/London).
    A naive datetime is refused with ``ValueError``, because its meaning would
    depend on the server's time zone. The moments returned are in Europe/London.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("status_at needs a timezone-aware moment, not a naive datetime")
    instant = moment.astimezone(UTC)
    today = instant.astimezone(LONDON).date()

    segments = _segments_from(today, schedule)
    current = next(segments)
    upcoming = next(segments)
    while upcoming.starts <= instant:
        current, upcoming = upcoming, next(segments)

    reason_until = next_change = None
    for segment in chain([upcoming], segments):
        if reason_until is None and segment.reason != current.reason:
            reason_until = segment.starts
        if segment.line != current.line:
            next_change = segment.starts
            break

    return LineStatus(
        moment=moment.astimezone(LONDON),
        line=current.line,
        reason=current.reason,
        next_change=next_change.astimezone(LONDON) if next_change else None,
        reason_until=reason_until.astimezone(LONDON) if reason_until else None,
    )


def load_opening_hours() -> dict[int, tuple[time, time]]:
    """The office line's (opens, closes) by weekday, from the database."""
    from contacts.models import OpeningHours

    return {row.weekday: (row.opens_at, row.closes_at) for row in OpeningHours.objects.all()}


def load_schedule() -> Schedule:
    """Read opening hours, closures and bank-holiday exceptions from the database, once."""
    from contacts.models import BankHolidayException, Closure

    return Schedule(
        opening_hours=load_opening_hours(),
        closures=tuple(
            ClosurePeriod(closure.starts_on, closure.ends_on, closure.reason)
            for closure in Closure.objects.all()
        ),
        open_on_bank_holidays=frozenset(
            BankHolidayException.objects.values_list("date", flat=True)
        ),
    )
