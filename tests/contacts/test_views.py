"""/contact/now.json: the answer for now or for ?at=, and how long it may be cached."""

import re

import pytest
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contacts.models import ContactLine, OpeningHours
from tests.contacts.conftest import london, process_in_time_zone

pytestmark = pytest.mark.django_db

URL = "/contact/now.json"


def max_age(response) -> int:
    """How long caches may keep it (browsers revalidate every time: site_cache/lifetimes.py)."""
    return int(re.search(r"\bs-maxage=(\d+)", response["Cache-Control"])[1])


def test_friday_evening_gets_the_emergency_duty_line(contact_data, client):
    with time_machine.travel(london("2026-03-06 17:05:00"), tick=False):
        response = client.get(URL)

    assert response.status_code == 200
    assert response.json() == {
        "at": "2026-03-06T17:05:00+00:00",
        "line": "out_of_hours",
        "name": "Emergency duty team",
        "phone": "020 8356 2710",
        "email": "emergency.duty@hackney.gov.uk",
        "reason": "evening",
        "next_change": "2026-03-09T09:00:00+00:00",
    }


@pytest.mark.parametrize("server_zone", ["America/Los_Angeles", "Pacific/Kiritimati"])
def test_the_answer_is_the_same_whatever_the_servers_time_zone(contact_data, client, server_zone):
    with process_in_time_zone(server_zone):
        with time_machine.travel(london("2026-03-06 16:59:59"), tick=False):
            before_five = client.get(URL).json()
        with time_machine.travel(london("2026-03-06 17:00:00"), tick=False):
            at_five = client.get(URL).json()

    assert (before_five["line"], before_five["at"]) == ("office", "2026-03-06T16:59:59+00:00")
    assert (at_five["line"], at_five["next_change"]) == (
        "out_of_hours",
        "2026-03-09T09:00:00+00:00",
    )


def test_office_hours_get_the_office_line_until_five(contact_data, client):
    with time_machine.travel(london("2026-07-01 10:00:00"), tick=False):
        body = client.get(URL).json()

    assert body["line"] == "office"
    assert body["phone"] == "020 7332 3621"
    assert body["reason"] == "office hours"
    assert body["at"] == "2026-07-01T10:00:00+01:00"
    assert body["next_change"] == "2026-07-01T17:00:00+01:00"


@pytest.mark.parametrize(
    "at",
    [
        "2026-12-28T12:00:00Z",
        "2026-12-28T12:00:00+00:00",
        "2026-12-28T07:00:00-05:00",
        "2026-12-28t12:00:00z",
    ],
)
def test_at_asks_about_another_moment(contact_data, client, at):
    body = client.get(URL, {"at": at}).json()

    assert body["at"] == "2026-12-28T12:00:00+00:00"
    assert body["line"] == "out_of_hours"
    assert body["reason"] == "bank holiday: Boxing Day (substitute day)"
    assert body["next_change"] == "2026-12-29T09:00:00+00:00"


def test_a_plus_offset_that_arrives_as_a_space_is_read_as_plus(contact_data, client):
    # Written into a link by hand, "+01:00" is decoded as " 01:00".
    response = client.get(f"{URL}?at=2026-07-01T16:59:59+01:00")

    assert response.status_code == 200
    assert response.json()["at"] == "2026-07-01T16:59:59+01:00"
    assert response.json()["line"] == "office"


@pytest.mark.parametrize(
    "at, message",
    [
        ("2026-07-01T10:00:00", "offset"),
        ("2026-07-01 10:00", "offset"),
        ("garbage", "ISO 8601"),
        ("2026-07-01", "ISO 8601"),
        ("2026-02-30T10:00:00Z", "ISO 8601"),
        ("2026-07-01T25:00:00Z", "ISO 8601"),
        ("2026-07-01T10:00:00+25:00", "ISO 8601"),
        ("9999-12-31T23:59:59-23:59", "between"),
        ("1066-10-14T09:00:00Z", "between"),
    ],
)
def test_a_moment_it_cannot_read_gets_400_with_a_reason(contact_data, client, at, message):
    response = client.get(URL, {"at": at})

    assert response.status_code == 400
    assert message in response.json()["error"]
    assert "no-store" in response["Cache-Control"]


# The fixture's data is only read, so sharing it between generated inputs is safe.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_no_value_of_at_makes_it_fail(contact_data, client, at):
    response = client.get(URL, {"at": at})

    assert response.status_code in (200, 400)
    assert response["Content-Type"] == "application/json"


def test_it_is_cached_no_later_than_the_next_change_of_reason(contact_data, client):
    with time_machine.travel(london("2026-03-06 16:59:50"), tick=False):
        before_five = client.get(URL)
    with time_machine.travel(london("2026-03-06 23:59:30"), tick=False):
        before_midnight = client.get(URL)

    assert "public" in before_five["Cache-Control"]
    assert max_age(before_five) == 10
    # The line stays the same at midnight, but the reason (evening, then weekend) changes.
    assert max_age(before_midnight) == 30


def test_an_answer_about_another_moment_is_cached_briefly(contact_data, client):
    response = client.get(URL, {"at": "2026-03-06T16:59:50Z"})

    assert 0 < max_age(response) <= 60


def test_only_get_and_head_are_answered(contact_data, client):
    assert client.post(URL).status_code == 405
    assert client.head(URL).status_code == 200


def test_with_no_lines_in_the_database_it_still_answers(db, client):
    ContactLine.objects.all().delete()
    OpeningHours.objects.all().delete()
    with time_machine.travel(london("2026-03-06 17:05:00"), tick=False):
        body = client.get(URL).json()

    # No opening hours either: the office is never open, so the emergency line applies.
    assert body["line"] == "out_of_hours"
    assert body["phone"] == "020 8356 2710"
