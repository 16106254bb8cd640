"""Times, days, hours and phone numbers in the words and forms residents expect."""

from datetime import date, time

import pytest

from contacts.phone import display_phone, tel_href
from contacts.wording import clock_time, day_and_date, hours_summary


@pytest.mark.parametrize(
    "at, words",
    [(time(9), "9am"), (time(17), "5pm"), (time(17, 30), "5:30pm"), (time(12), "midday")],
)
def test_clock_times(at, words):
    assert clock_time(at) == words


def test_days_are_named_with_their_date_never_today_or_tomorrow():
    assert day_and_date(date(2027, 1, 4)) == "Monday 4 January"


def test_hours_are_summarised_in_runs_of_days():
    nine_to_five = (time(9), time(17))
    assert hours_summary({day: nine_to_five for day in range(5)}) == "9am to 5pm Monday to Friday"
    assert hours_summary({0: nine_to_five, 1: nine_to_five, 3: (time(10), time(13))}) == (
        "9am to 5pm Monday and Tuesday; 10am to 1pm Thursday"
    )


@pytest.mark.parametrize(
    "typed, shown, link",
    [
        ("02073323621", "020 7332 3621", "tel:+442073323621"),
        ("+44 20 8356 2710", "020 8356 2710", "tel:+442083562710"),
        ("0300 1234567", "0300 123 4567", "tel:+443001234567"),
    ],
)
def test_phone_numbers(typed, shown, link):
    assert display_phone(typed) == shown
    assert tel_href(shown) == link
