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


def test_an_editor_cannot_schedule_and_nothing_is_saved(new_publication, editor, client):
    with time_machine.travel(london(8), tick=False):
        client.force_login(editor)
        response = schedule(client, new_publication, go_live="2027-01-12 09:00")
    assert response.status_code == 403
    assert not ScheduledChange.objects.exists()


@pytest.mark.parametrize(
    ("go_live", "withdraw", "message"),
    [
        ("", "", "Give the day and the time it goes live."),
        ("2027-01-12 07:59", "", "Give a time in the future."),
        ("2027-01-12 09:00", "2027-01-12 09:00", "It must be withdrawn after it goes live."),
        ("2027-13-40 09:00", "", "Enter a valid date."),
    ],
)
def test_a_schedule_that_cannot_be_kept_is_refused_in_plain_words(
    new_publication, publisher, client, go_live, withdraw, message
):
    with time_machine.travel(london(8), tick=False):
        client.force_login(publisher)
        data = {}
        if go_live:
            data["go_live_at_0"], data["go_live_at_1"] = go_live.split(" ")
        if withdraw:
            data["withdraw_at_0"], data["withdraw_at_1"] = withdraw.split(" ")
        response = client.post(
            reverse("admin:reviews_scheduledchange_schedule", args=[new_publication.pk]), data
        )
    assert response.status_code == 200
    assert message in text(response)
    assert not ScheduledChange.objects.exists()
    if go_live:  # what the Publisher typed is still there
        assert f'value="{go_live.split(" ")[1]}"' in response.content.decode()


def test_moving_and_cancelling_a_schedule(new_publication, publisher, client):
    with time_machine.travel(london(8), tick=False) as clock:
        client.force_login(publisher)
        schedule(client, new_publication, go_live="2027-01-12 09:00")
        response = schedule(client, new_publication, go_live="2027-01-12 10:30")
        assert response.status_code == 302
        change = ScheduledChange.objects.get()  # moved, not doubled
        assert change.at == london(10, 30)
        listed = text(client.get(reverse("admin:reviews_scheduledchange_changelist")))
        assert "Go live Tue 12 Jan 2027, 10:30" in listed
        assert "Ofsted inspection report 2027" in listed
        response = client.post(reverse("admin:reviews_scheduledchange_cancel", args=[change.pk]))
        assert response.status_code == 302
        client.logout()
        clock.move_to(london(10, 31))
        assert client.get("/publications/ofsted-2027/").status_code == 404
    assert state_of(new_publication) == DRAFT
    assert ScheduledChange.objects.get().state == ScheduledChange.State.CANCELLED


def test_a_draft_changed_after_it_was_scheduled_does_not_go_live(
    new_publication, publisher, client
):
    with time_machine.travel(london(8), tick=False) as clock:
        client.force_login(publisher)
        schedule(client, new_publication, go_live="2027-01-12 09:00")
        clock.move_to(london(8, 30))
        draft = new_publication.content
        draft.summary = "Changed after the Publisher scheduled it."
        draft.save()
        client.logout()
        clock.move_to(london(9))
        assert client.get("/publications/ofsted-2027/").status_code == 404
        client.force_login(publisher)
        listed = text(client.get(reverse("admin:reviews_scheduledchange_changelist")))
    assert state_of(new_publication) == DRAFT
    assert "Not done: The draft changed after it was scheduled" in listed


def test_the_publications_list_says_what_is_scheduled_for_when_and_by_whom(
    new_publication, publisher, client
):
    with time_machine.travel(london(8), tick=False):
        client.force_login(publisher)
        schedule(client, new_publication, go_live="2027-01-12 09:00")
        publications = text(client.get(reverse("admin:publications_publicationcontent_changelist")))
    assert (
        "Goes live Tuesday 12 January 2027, 09:00 (London time), scheduled by publisher"
        in publications
    )


def test_the_publications_list_offers_a_publisher_schedule_and_an_editor_nothing(
    new_publication, publisher, editor, client
):
    """A Publisher schedules their own draft from the list (no review needed), and a live
    publication's withdrawal; an Editor is offered neither."""
    live = PublicationFactory(title="Annual report 2026", slug="annual-report-2026")
    listing = reverse("admin:publications_publicationcontent_changelist")

    client.force_login(publisher)
    html = client.get(listing).content.decode()
    assert 'Schedule…<span class="visually-hidden"> Ofsted inspection report 2027</span>' in html
    assert reverse("admin:reviews_scheduledchange_schedule", args=[new_publication.pk]) in html
    assert 'Schedule withdrawal…<span class="visually-hidden"> Annual report 2026</span>' in html
    live_version = Version.objects.get_for_content(live)
    assert reverse("admin:reviews_scheduledchange_schedule", args=[live_version.pk]) in html

    client.force_login(editor)
    html = client.get(listing).content.decode()
    assert "Ofsted inspection report 2027" in html
    assert "Schedule…" not in html and "Schedule withdrawal…" not in html
    assert "/admin/reviews/scheduledchange/schedule/" not in html


def test_the_command_makes_what_is_due_for_a_site_nobody_visits(new_publication, publisher):
    from io import StringIO

    from django.core.management import call_command

    ScheduledChange.objects.create(
        version=new_publication,
        action="publish",
        at=london(9),
        scheduled_by=publisher,
        scheduled_at=london(8),
    )
    out = StringIO()
    with time_machine.travel(london(8, 59), tick=False):
        call_command("make_scheduled_changes", stdout=out)
        assert state_of(new_publication) == DRAFT
    with time_machine.travel(london(9, 0, 30), tick=False):
        call_command("make_scheduled_changes", stdout=out)
    assert state_of(new_publication) == PUBLISHED
    assert "1 scheduled change(s) made." in out.getvalue()


def test_the_page_tree_marks_a_page_with_a_scheduled_draft(seeded_site, publisher, client):
    from tests.reviews.conftest import published_page_version

    draft = published_page_version("about").copy(publisher)
    with time_machine.travel(london(8), tick=False):
        client.force_login(publisher)
        schedule(client, draft, go_live="2027-01-12 09:00")
        tree = client.get(reverse("admin:cms_pagecontent_get_tree")).content.decode()
    marked = [row for row in tree.split('<li class="cms-tree-node') if "Scheduled" in row]
    assert len(marked) == 1
    assert "About the department" in marked[0]
    assert (
        "Goes live Tuesday 12 January 2027, 09:00 (London time), scheduled by publisher"
        in marked[0]
    )


def test_a_publisher_editing_a_draft_page_is_offered_schedule_beside_publish(
    seeded_site, publisher, client
):
    from tests.reviews.conftest import published_page_version
    from tests.reviews.test_cms_toolbars import toolbar

    draft = published_page_version("about").copy(publisher)
    client.force_login(publisher)
    buttons, _ = toolbar(client, draft)
    assert "Publish" in buttons
    assert buttons["Schedule…"].startswith(
        reverse("admin:reviews_scheduledchange_schedule", args=[draft.pk])
    )
    with time_machine.travel(london(8), tick=False):
        client.force_login(publisher)  # a session begun weeks before would have ended
        schedule(client, draft, go_live="2027-01-12 09:00")
        buttons, _ = toolbar(client, draft)
    assert "Goes live 12 Jan 2027, 09:00" in buttons
