"""Properties of the decision that hold for any moment, checked on many generated ones."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from contacts.status import ClosurePeriod, Schedule, status_at

SCHEDULE = Schedule(
    opening_hours={day: (time(9), time(17)) for day in range(5)},
    closures=(ClosurePeriod(date(2026, 12, 24), date(2027, 1, 1), "Christmas closure"),),
    open_on_bank_holidays=frozenset({date(2027, 8, 30)}),
)
TINY = timedelta(microseconds=1)

moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
zones = st.sampled_from(["Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"])


@settings(max_examples=300, deadline=None)
@given(moments, zones)
def test_the_answer_is_the_same_whatever_zone_the_moment_is_written_in(moment, zone):
    here = status_at(moment, SCHEDULE)
    there = status_at(moment.astimezone(ZoneInfo(zone)), SCHEDULE)

    assert (here.line, here.reason, here.next_change, here.reason_until) == (
        there.line,
        there.reason,
        there.next_change,
        there.reason_until,
    )


@settings(max_examples=300, deadline=None)
@given(moments)
def test_the_line_holds_until_next_change_and_changes_exactly_then(moment):
    status = status_at(moment, SCHEDULE)

    assert status.next_change > moment
    assert status_at(status.next_change - TINY, SCHEDULE).line == status.line
    assert status_at(status.next_change, SCHEDULE).line != status.line


@settings(max_examples=300, deadline=None)
@given(moments)
def test_the_reason_holds_until_reason_until_and_never_outlasts_the_line(moment):
    status = status_at(moment, SCHEDULE)

    assert moment < status.reason_until <= status.next_change
    before = status_at(status.reason_until - TINY, SCHEDULE)
    assert (before.line, before.reason) == (status.line, status.reason)
    assert status_at(status.reason_until, SCHEDULE).reason != status.reason
