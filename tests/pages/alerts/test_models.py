"""Alert banners: shown from their start to their end (or until stopped), the most severe first,
safe links."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from pages.alerts.models import END_AFTER_START, AlertBanner, AlertSeverity

LONDON = ZoneInfo("Europe/London")
NOON = dt.datetime(2026, 12, 1, 12, 0, tzinfo=LONDON)


def banner(**fields):
    values = {
        "severity": AlertSeverity.ANNOUNCEMENT,
        "title": "Offices closed for training",
        "message": "The office line is closed this afternoon. The emergency line is open.",
        "starts_at": NOON,
        "ends_at": NOON + dt.timedelta(hours=2),
        **fields,
    }
    return AlertBanner.objects.create(**values)


@pytest.mark.django_db
def test_a_cached_page_picks_up_a_banner_within_a_minute_of_its_start_and_end(client):
    banner()

    with time_machine.travel(NOON - dt.timedelta(seconds=10), tick=False) as clock:
        assert "Offices closed" not in client.get("/about/").text  # now cached
        clock.shift(dt.timedelta(seconds=61))
        assert "Offices closed" in client.get("/about/").text

        clock.move_to(NOON + dt.timedelta(hours=2) - dt.timedelta(seconds=5))
        assert "Offices closed" in client.get("/about/").text  # cached again
        clock.shift(dt.timedelta(seconds=61))
        assert "Offices closed" not in client.get("/about/").text


@pytest.mark.django_db
def test_the_most_severe_banner_comes_first_and_none_can_be_dismissed(client):
    banner(severity=AlertSeverity.MINOR, title="Lift out of order at Guildhall")
    banner(severity=AlertSeverity.EMERGENCY, title="Flooding near the Barbican")

    with time_machine.travel(NOON + dt.timedelta(minutes=1), tick=False):
        html = client.get("/").text

    assert html.index("Flooding near the Barbican") < html.index("Lift out of order")
    assert "dccs-alert--emergency" in html
    assert "Emergency" in html
    assert "dismiss" not in html.lower()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "address", ["javascript:alert(1)", "//evil.example/", "http://insecure.example/", "contact"]
)
def test_a_banner_link_must_be_a_path_here_or_https(address):
    with pytest.raises(ValidationError) as refused:
        AlertBanner(
            title="t", message="m", link_url=address, link_text="More", ends_at=NOON
        ).full_clean()

    assert "link_url" in refused.value.error_dict


@pytest.mark.django_db
@pytest.mark.parametrize("ends_at", [NOON, NOON - dt.timedelta(minutes=1)], ids=["at", "before"])
def test_a_banner_must_end_after_it_starts(ends_at):
    unsaved = AlertBanner(title="t", message="m", starts_at=NOON, ends_at=ends_at)

    with pytest.raises(ValidationError) as refused:
        unsaved.full_clean()
    assert refused.value.message_dict == {"ends_at": [END_AFTER_START]}  # by the field, once

    with pytest.raises(ValidationError) as by_constraint:
        unsaved.validate_constraints()
    assert by_constraint.value.messages == [END_AFTER_START]
    assert "“Shown until” must be after “Shown from”" in END_AFTER_START

    with pytest.raises(IntegrityError):
        unsaved.save()  # the database refuses it too


@pytest.mark.django_db
def test_a_banner_with_no_end_is_valid():
    AlertBanner(title="t", message="m", starts_at=NOON, ends_at=None).full_clean()


@pytest.mark.django_db
def test_a_banner_with_no_end_is_shown_from_its_start_until_it_is_stopped():
    open_ended = banner(ends_at=None)

    assert not AlertBanner.objects.showing_at(NOON - dt.timedelta(seconds=1)).exists()
    for later in (NOON, NOON + dt.timedelta(days=1), NOON + dt.timedelta(days=3650)):
        assert list(AlertBanner.objects.showing_at(later)) == [open_ended], later

    assert open_ended.stop(NOON + dt.timedelta(days=1))
    open_ended.refresh_from_db()
    assert open_ended.ends_at == NOON + dt.timedelta(days=1)
    assert not AlertBanner.objects.showing_at(NOON + dt.timedelta(days=1)).exists()
    assert AlertBanner.objects.showing_at(NOON + dt.timedelta(hours=23)).exists()


@pytest.mark.django_db
def test_a_banner_with_no_end_changes_pages_only_at_its_start():
    banner(ends_at=None)

    assert AlertBanner.objects.next_change_after(NOON - dt.timedelta(hours=1)) == NOON
    assert AlertBanner.objects.next_change_after(NOON) is None
    assert AlertBanner.objects.next_change_after(NOON + dt.timedelta(days=400)) is None

    later = banner(starts_at=NOON + dt.timedelta(hours=1), ends_at=NOON + dt.timedelta(hours=3))
    assert AlertBanner.objects.next_change_after(NOON) == later.starts_at
    assert AlertBanner.objects.next_change_after(later.starts_at) == later.ends_at
    assert AlertBanner.objects.next_change_after(later.ends_at) is None


@pytest.mark.django_db
def test_stopping_a_banner_that_is_not_showing_changes_nothing():
    not_yet = banner(ends_at=None)
    ended = banner(starts_at=NOON - dt.timedelta(hours=3), ends_at=NOON - dt.timedelta(hours=1))

    assert not not_yet.stop(NOON - dt.timedelta(minutes=1))
    assert not ended.stop(NOON)

    not_yet.refresh_from_db()
    ended.refresh_from_db()
    assert not_yet.ends_at is None
    assert ended.ends_at == NOON - dt.timedelta(hours=1)


@pytest.mark.django_db
def test_a_banner_stopped_the_moment_it_starts_still_ends_after_it_starts():
    just_started = banner(ends_at=None)

    assert just_started.stop(NOON)

    assert not AlertBanner.objects.showing_at(NOON + dt.timedelta(microseconds=1)).exists()
