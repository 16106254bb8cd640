"""Alert banners: shown from their start to their end, the most severe first, safe links."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError

from pages.alerts.models import AlertBanner, AlertSeverity

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
def test_a_banner_must_end_after_it_starts():
    with pytest.raises(ValidationError):
        AlertBanner(title="t", message="m", starts_at=NOON, ends_at=NOON).full_clean()
