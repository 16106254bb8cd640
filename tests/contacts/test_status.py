"""The decision on its own: which line at a fixed moment, why, and when that changes.

Every test here runs three times: with the process in London, in Los Angeles
and in Kiritimati (UTC+14), because the answer must not depend on the server.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from contacts.choices import LineKind
from contacts.status import ClosurePeriod, ReasonKind, Schedule, status_at
from tests.contacts.conftest import WORKING_DAYS, london, process_in_time_zone

OFFICE, OUT_OF_HOURS = LineKind.OFFICE, LineKind.OUT_OF_HOURS


@pytest.fixture(autouse=True, params=["Europe/London", "America/Los_Angeles", "Pacific/Kiritimati"])
def process_time_zone(request):
    """Run each test with the process's local time zone set to each of these in turn."""
    with process_in_time_zone(request.param):
        yield request.param


def answer(moment, schedule):
    status = status_at(moment, schedule)
    return status.line, str(status.reason)


# A working Friday (6 March 2026) and the weekend after it.
@pytest.mark.parametrize(
    "moment, line, reason",
    [
        ("2026-03-05 08:59:59", OUT_OF_HOURS, "before office hours"),
        ("2026-03-05 09:00:00", OFFICE, "office hours"),
        ("2026-03-05 16:59:59", OFFICE, "office hours"),
        ("2026-03-05 17:00:00", OUT_OF_HOURS, "evening"),
        ("2026-03-06 17:05:00", OUT_OF_HOURS, "evening"),
        ("2026-03-07 11:00:00", OUT_OF_HOURS, "weekend"),
        ("2026-03-08 15:00:00", OUT_OF_HOURS, "weekend"),
        ("2026-03-09 08:59:00", OUT_OF_HOURS, "before office hours"),
        ("2026-03-09 09:00:00", OFFICE, "office hours"),
    ],
)
def test_the_line_at_the_edges_of_office_hours(office_hours_schedule, moment, line, reason):
    assert answer(london(moment), office_hours_schedule) == (line, reason)


def test_opening_and_closing_are_exact_to_the_microsecond(office_hours_schedule):
    opening = london("2026-03-05 09:00:00")
    closing = london("2026-03-05 17:00:00")
    tiny = timedelta(microseconds=1)

    assert status_at(opening - tiny, office_hours_schedule).line == OUT_OF_HOURS
    assert status_at(closing - tiny, office_hours_schedule).line == OFFICE
    assert status_at(closing, office_hours_schedule).line == OUT_OF_HOURS


def test_friday_at_five_changes_next_at_nine_on_monday(office_hours_schedule):
    status = status_at(london("2026-03-06 17:00:00"), office_hours_schedule)

    assert status.next_change == london("2026-03-09 09:00:00")
    # The reason changes at midnight (evening, then weekend), but the line does not.
    assert status.reason_until == london("2026-03-07 00:00:00")


def test_after_a_bank_holiday_monday_the_office_opens_on_tuesday(office_hours_schedule):
    status = status_at(london("2026-05-22 17:00:00"), office_hours_schedule)

    assert status.next_change == london("2026-05-26 09:00:00")


def test_over_easter_the_office_opens_on_the_tuesday(office_hours_schedule):
    status = status_at(london("2026-04-02 17:00:00"), office_hours_schedule)

    assert status.next_change == london("2026-04-07 09:00:00")


def test_during_office_hours_the_next_change_is_closing_time(office_hours_schedule):
    status = status_at(london("2026-03-05 10:30:00"), office_hours_schedule)

    assert status.next_change == status.reason_until == london("2026-03-05 17:00:00")


# Every bank holiday in England and Wales in 2026 and 2027: GOV.UK's dates, with the
# names the site shows (substitute days named as GOV.UK names them).
BANK_HOLIDAYS = {
    "2026-01-01": "New Year's Day",
    "2026-04-03": "Good Friday",
    "2026-04-06": "Easter Monday",
    "2026-05-04": "May Day",
    "2026-05-25": "Spring Bank Holiday",
    "2026-08-31": "Late Summer Bank Holiday",
    "2026-12-25": "Christmas Day",
    "2026-12-28": "Boxing Day (substitute day)",
    "2027-01-01": "New Year's Day",
    "2027-03-26": "Good Friday",
    "2027-03-29": "Easter Monday",
    "2027-05-03": "May Day",
    "2027-05-31": "Spring Bank Holiday",
    "2027-08-30": "Late Summer Bank Holiday",
    "2027-12-27": "Christmas Day (substitute day)",
    "2027-12-28": "Boxing Day (substitute day)",
}


@pytest.mark.parametrize("day, name", BANK_HOLIDAYS.items())
def test_every_bank_holiday_is_out_of_hours_all_day(office_hours_schedule, day, name):
    for wall_clock in ("00:00:00", "09:00:00", "12:00:00", "16:59:59", "23:59:59"):
        line, reason = answer(london(f"{day} {wall_clock}"), office_hours_schedule)
        assert (line, reason) == (OUT_OF_HOURS, f"bank holiday: {name}")


def test_the_office_reopens_on_the_first_working_day_after_christmas_2027(office_hours_schedule):
    status = status_at(london("2027-12-24 17:00:00"), office_hours_schedule)

    assert status.next_change == london("2027-12-29 09:00:00")


@pytest.mark.parametrize(
    "day",
    [
        "2026-01-02",  # Scotland: 2 January
        "2026-03-17",  # Northern Ireland: St Patrick's Day
        "2026-07-13",  # Northern Ireland: Battle of the Boyne (substitute day)
        "2026-08-03",  # Scotland: Summer bank holiday
        "2026-11-30",  # Scotland: St Andrew's Day
        "2027-03-17",  # Northern Ireland: St Patrick's Day
        "2027-08-02",  # Scotland: Summer bank holiday
    ],
)
def test_holidays_only_in_scotland_or_northern_ireland_are_working_days(office_hours_schedule, day):
    assert answer(london(f"{day} 12:00:00"), office_hours_schedule) == (OFFICE, "office hours")


@pytest.mark.parametrize(
    "sunday, first_working_day",
    # In 2027 the Monday after is Easter Monday: the office opens on the Tuesday.
    [("2026-03-29", "2026-03-30"), ("2027-03-28", "2027-03-30")],
    ids=["clocks-forward-2026", "clocks-forward-2027"],
)
def test_the_sunday_the_clocks_go_forward(office_hours_schedule, sunday, first_working_day):
    # 01:30 GMT on that Sunday is the moment the clocks jump from 01:00 to 02:00.
    just_after_the_jump = datetime.fromisoformat(f"{sunday}T01:30:00+00:00")
    assert answer(just_after_the_jump, office_hours_schedule) == (OUT_OF_HOURS, "weekend")

    # Then 9am is 08:00 UTC (British Summer Time).
    nine_bst = datetime.fromisoformat(f"{first_working_day}T08:00:00+00:00")
    assert status_at(nine_bst - timedelta(seconds=1), office_hours_schedule).line == OUT_OF_HOURS
    assert status_at(nine_bst, office_hours_schedule).line == OFFICE

    friday = date.fromisoformat(sunday) - timedelta(days=2)
    from_friday = status_at(london(f"{friday} 17:00:00"), office_hours_schedule)
    assert from_friday.next_change.astimezone(UTC) == nine_bst
    assert from_friday.next_change.isoformat() == f"{first_working_day}T09:00:00+01:00"


@pytest.mark.parametrize(
    "sunday, monday",
    [("2026-10-25", "2026-10-26"), ("2027-10-31", "2027-11-01")],
    ids=["clocks-back-2026", "clocks-back-2027"],
)
def test_the_sunday_the_clocks_go_back(office_hours_schedule, sunday, monday):
    # 01:30 happens twice that night: once in summer time, once in winter time.
    for fold in (0, 1):
        twice = datetime.fromisoformat(f"{sunday}T01:30:00").replace(
            tzinfo=ZoneInfo("Europe/London"), fold=fold
        )
        assert answer(twice, office_hours_schedule) == (OUT_OF_HOURS, "weekend")

    # On Monday 9am is 09:00 UTC again (Greenwich Mean Time).
    nine_gmt = datetime.fromisoformat(f"{monday}T09:00:00+00:00")
    assert status_at(nine_gmt - timedelta(seconds=1), office_hours_schedule).line == OUT_OF_HOURS
    assert status_at(nine_gmt, office_hours_schedule).line == OFFICE

    friday = date.fromisoformat(sunday) - timedelta(days=2)
    from_friday = status_at(london(f"{friday} 17:00:00"), office_hours_schedule)
    assert from_friday.next_change.astimezone(UTC) == nine_gmt


def test_a_christmas_closure_covers_every_day_and_outranks_bank_holidays():
    schedule = Schedule(
        opening_hours={day: (time(9), time(17)) for day in WORKING_DAYS},
        closures=(ClosurePeriod(date(2026, 12, 24), date(2027, 1, 1), "Christmas closure"),),
    )
    day = date(2026, 12, 24)
    while day <= date(2027, 1, 1):
        assert answer(london(f"{day} 10:00"), schedule) == (
            OUT_OF_HOURS,
            "closure: Christmas closure",
        )
        day += timedelta(days=1)

    before = status_at(london("2026-12-23 17:00:00"), schedule)
    assert before.next_change == london("2027-01-04 09:00:00")
    assert answer(london("2027-01-04 09:00"), schedule) == (OFFICE, "office hours")


def test_a_bank_holiday_exception_keeps_the_usual_hours():
    schedule = Schedule(
        opening_hours={day: (time(9), time(17)) for day in WORKING_DAYS},
        open_on_bank_holidays=frozenset({date(2026, 8, 31)}),
    )

    assert answer(london("2026-08-31 10:00"), schedule) == (OFFICE, "office hours")
    assert answer(london("2026-08-31 17:00"), schedule) == (OUT_OF_HOURS, "evening")
    friday = status_at(london("2026-08-28 17:00:00"), schedule)
    assert friday.next_change == london("2026-08-31 09:00:00")


def test_edited_hours_are_followed():
    # Open 10am to 1pm on Fridays, never on Wednesdays.
    hours = {0: (time(9), time(17)), 1: (time(9), time(17)), 3: (time(9), time(17))}
    schedule = Schedule(opening_hours={**hours, 4: (time(10), time(13))})

    assert answer(london("2026-03-04 12:00"), schedule) == (
        OUT_OF_HOURS,
        "no office hours on this day",
    )
    assert answer(london("2026-03-06 09:30"), schedule)[0] == OUT_OF_HOURS
    assert answer(london("2026-03-06 12:59:59"), schedule)[0] == OFFICE
    assert status_at(london("2026-03-03 17:00"), schedule).next_change == london("2026-03-05 09:00")


def test_with_no_opening_hours_the_line_never_changes():
    status = status_at(london("2026-03-05 10:00"), Schedule(opening_hours={}))

    assert status.line == OUT_OF_HOURS
    assert status.next_change is None


def test_the_same_moment_in_any_zone_gets_the_same_answer(office_hours_schedule):
    friday_five_past_five = london("2026-03-06 17:05")
    in_new_york = friday_five_past_five.astimezone(ZoneInfo("America/New_York"))
    in_tokyo = friday_five_past_five.astimezone(ZoneInfo("Asia/Tokyo"))

    answers = {
        (s.line, str(s.reason), s.next_change.isoformat())
        for s in (
            status_at(m, office_hours_schedule)
            for m in (friday_five_past_five, in_new_york, in_tokyo)
        )
    }
    assert answers == {(OUT_OF_HOURS, "evening", "2026-03-09T09:00:00+00:00")}


def test_a_naive_datetime_is_refused(office_hours_schedule):
    with pytest.raises(ValueError, match="timezone-aware"):
        status_at(datetime(2026, 3, 6, 17, 5), office_hours_schedule)


def test_reasons_are_a_fixed_vocabulary(office_hours_schedule):
    status = status_at(london("2026-12-25 12:00"), office_hours_schedule)

    assert status.reason.kind == ReasonKind.BANK_HOLIDAY
    assert status.reason.detail == "Christmas Day"
