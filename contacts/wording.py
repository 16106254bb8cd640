"""Times, days and hours written the way GOV.UK writes them: 9am, 5:30pm, Monday 29 December."""

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time

from contacts.choices import Weekday


def clock_time(moment: time | datetime) -> str:
    """'9am', '5:30pm', 'midday', 'midnight'."""
    if moment.hour == 0 and moment.minute == 0:
        return "midnight"
    if moment.hour == 12 and moment.minute == 0:
        return "midday"
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"


def long_date(day: date) -> str:
    """'26 December 2026'."""
    return f"{day.day} {day:%B %Y}"


def day_and_date(day: date) -> str:
    """'Monday 29 December': the day by name and date, never 'today' or 'tomorrow',
    so a page that says it stays true for as long as it is cached."""
    return f"{day:%A} {day.day} {day:%B}"


def hours_summary(opening_hours: Mapping[int, tuple[time, time]]) -> str:
    """'9am to 5pm Monday to Friday' (as source 001 words it): runs of days with the
    same hours, joined by '; '."""
    runs: list[tuple[list[int], tuple[time, time]]] = []
    for weekday in sorted(opening_hours):
        hours = opening_hours[weekday]
        if runs and runs[-1][1] == hours and runs[-1][0][-1] == weekday - 1:
            runs[-1][0].append(weekday)
        else:
            runs.append(([weekday], hours))
    return "; ".join(f"{clock_time(o)} to {clock_time(c)} {_days(days)}" for days, (o, c) in runs)


def _days(weekdays: Iterable[int]) -> str:
    names = [Weekday(day).label for day in weekdays]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return f"{names[0]} to {names[-1]}"
