"""Scheduled publishing, as readers and Publishers meet it through the site's own requests:
nothing changes before the minute, everything changes at it (reviews/schedules.py)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from djangocms_versioning.constants import DRAFT, PUBLISHED, UNPUBLISHED
from djangocms_versioning.models import Version

from reviews.models import ScheduledChange
from tests.publications.factories import PublicationFactory
from tests.reviews.conftest import state_of, text

LONDON = ZoneInfo("Europe/London")


def london(hour, minute=0, second=0, day=12):
    return datetime(2027, 1, day, hour, minute, second, tzinfo=LONDON)


def schedule(client, version, go_live="", withdraw="", **extra):
    """A Publisher's schedule form, filled in as a browser sends it (London time)."""
    data = {"go_live_at_0": "", "go_live_at_1": "", "withdraw_at_0": "", "withdraw_at_1": ""}
    if go_live:
        data["go_live_at_0"], data["go_live_at_1"] = go_live.split(" ")
    if withdraw:
        data["withdraw_at_0"], data["withdraw_at_1"] = withdraw.split(" ")
    return client.post(
        reverse("admin:reviews_scheduledchange_schedule", args=[version.pk]), {**data, **extra}
    )


@pytest.fixture
def new_publication(seeded_site, publisher):
    """A publication never published: a draft, credited to the Publisher."""
    content = PublicationFactory(
        title="Ofsted inspection report 2027", slug="ofsted-2027", state="draft"
    )
    return Version.objects.get_for_content(content)


def test_a_new_publication_goes_live_at_its_minute_and_not_before(
    new_publication, publisher, client
):
    with time_machine.travel(london(8), tick=False) as clock:
        client.force_login(publisher)
        response = schedule(client, new_publication, go_live="2027-01-12 09:00")
        assert response.status_code == 302, text(response)[:3000]
        client.logout()
        clock.move_to(london(8, 59, 59))
        assert client.get("/publications/ofsted-2027/").status_code == 404
        assert "Ofsted inspection report 2027" not in text(client.get("/publications/"))
        assert state_of(new_publication) == DRAFT
        clock.move_to(london(9))
        assert "Ofsted inspection report 2027" in text(client.get("/publications/"))
        assert client.get("/publications/ofsted-2027/").status_code == 200
    assert state_of(new_publication) == PUBLISHED
    change = ScheduledChange.objects.get(version=new_publication)
    assert change.state == ScheduledChange.State.DONE
    assert change.done_at == london(9)


def test_a_scheduled_withdrawal_leaves_a_410(new_publication, publisher, client):
    with time_machine.travel(london(8), tick=False) as clock:
        client.force_login(publisher)
        schedule(client, new_publication, go_live="2027-01-12 09:00", withdraw="2027-01-12 17:00")
        client.logout()
        clock.move_to(london(16, 59, 59))
        assert client.get("/publications/ofsted-2027/").status_code == 200
        clock.move_to(london(17))
        assert client.get("/publications/ofsted-2027/").status_code == 410
        assert "Ofsted inspection report 2027" not in text(client.get("/publications/"))
    assert state_of(new_publication) == UNPUBLISHED
