"""Publishers put up alert banners and stop them; Editors cannot (pages/alerts/admin.py)."""

import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pages.alerts.models import END_AFTER_START, AlertBanner
from tests.pages.alerts.test_models import LONDON

CHANGELIST = "/admin/pages/alertbanner/"
ADD = "/admin/pages/alertbanner/add/"


def form(**fields):
    return {
        "severity": "emergency",
        "title": "Flooding",
        "message": "Call 999 if you are in danger.",
        "link_url": "/contact/",
        "link_text": "Contact us",
        "starts_at_0": "2026-12-01",
        "starts_at_1": "12:00",
        "ends_at_0": "2026-12-01",
        "ends_at_1": "18:00",
        **fields,
    }


def showing(**fields):
    """A banner readers see now, with no end."""
    values = {
        "title": "Flooding near the Barbican",
        "message": "Call 999 if you are in danger.",
        "starts_at": timezone.now() - dt.timedelta(hours=1),
        "ends_at": None,
        **fields,
    }
    return AlertBanner.objects.create(**values)


def stop_url(banner):
    return reverse("admin:pages_alertbanner_stop", args=[banner.pk])


def said(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_a_publisher_puts_up_a_banner_and_an_editor_cannot(client, publisher, editor):
    client.force_login(editor)
    assert client.post(ADD, form()).status_code == 403
    assert not AlertBanner.objects.exists()

    client.force_login(publisher)
    response = client.post(ADD, form())

    assert response.status_code == 302
    saved = AlertBanner.objects.get()
    assert saved.title == "Flooding"
    assert saved.starts_at == dt.datetime(2026, 12, 1, 12, 0, tzinfo=LONDON)  # London time
    assert saved.ends_at == dt.datetime(2026, 12, 1, 18, 0, tzinfo=LONDON)


@pytest.mark.django_db
def test_a_script_may_give_the_times_to_the_second(client, publisher):
    """scripts/scale_out/publisher.py fills the form so."""
    client.force_login(publisher)

    response = client.post(ADD, form(starts_at_1="12:00:30", ends_at_1="18:00:15"))

    assert response.status_code == 302
    assert AlertBanner.objects.get().ends_at == dt.datetime(2026, 12, 1, 18, 0, 15, tzinfo=LONDON)


@pytest.mark.django_db
def test_shown_until_may_be_left_empty(client, publisher):
    client.force_login(publisher)

    response = client.post(ADD, form(ends_at_0="", ends_at_1=""))

    assert response.status_code == 302
    assert AlertBanner.objects.get().ends_at is None


@pytest.mark.django_db
def test_the_form_says_what_readers_see_and_that_times_are_london_time(client, publisher):
    client.force_login(publisher)

    html = client.get(ADD).text

    assert "Readers see the banner on every page from this minute" in html
    assert "Leave it empty to show it until you stop it" in html
    assert "Shown from (London time)" in html
    assert "Shown until (London time, optional)" in html
    assert "shown first" in html  # what the severity does
    # the browser's own pickers, each part labelled
    assert '<label for="id_starts_at_0">Day</label>' in html
    assert '<input type="date" name="starts_at_0"' in html
    assert '<label for="id_ends_at_1">Time</label>' in html


@pytest.mark.django_db
def test_an_end_before_the_start_is_refused_by_the_field_and_what_was_typed_stays(
    client, publisher
):
    client.force_login(publisher)

    response = client.post(ADD, form(ends_at_1="11:00", message="Call 999 now."))

    assert response.status_code == 200
    assert not AlertBanner.objects.exists()
    errors = response.context["adminform"].form.errors
    assert errors == {"ends_at": [END_AFTER_START]}
    html = response.text
    for typed in ('value="Flooding"', "Call 999 now.", 'value="11:00"', 'value="/contact/"'):
        assert typed in html, typed


@pytest.mark.django_db
def test_the_list_shows_london_time_and_until_stopped(client, publisher):
    summer = dt.datetime(2026, 7, 4, 13, 0, tzinfo=dt.UTC)  # 14:00 in London (BST)
    winter = dt.datetime(2026, 12, 5, 14, 0, tzinfo=dt.UTC)  # 14:00 in London (GMT)
    AlertBanner.objects.create(title="Summer", message="m", starts_at=summer, ends_at=winter)
    AlertBanner.objects.create(title="Open", message="m", starts_at=winter, ends_at=None)
    client.force_login(publisher)

    html = client.get(CHANGELIST).text

    assert "Sat 4 Jul 2026, 14:00" in html
    assert "Sat 5 Dec 2026, 14:00" in html
    assert "Until stopped" in html
    assert "Shown from (London time)" in html


@pytest.mark.django_db
def test_stop_showing_now_from_the_list_ends_the_ticked_banners_at_once(client, publisher):
    reader = Client()
    flooding = showing()
    other = showing(title="Lift out of order", ends_at=timezone.now() + dt.timedelta(days=1))
    assert "Flooding near the Barbican" in reader.get("/").text
    assert reader.get("/")["X-Page-Cache"] == "hit"
    client.force_login(publisher)

    before = timezone.now()
    response = client.post(
        CHANGELIST,
        {"action": "stop_showing_now", "_selected_action": [flooding.pk], "index": 0},
        follow=True,
    )

    flooding.refresh_from_db()
    other.refresh_from_db()
    assert before <= flooding.ends_at <= timezone.now()
    assert other.ends_at > timezone.now()  # not ticked: untouched
    assert any("Stopped at" in message and "Flooding" in message for message in said(response))
    page = reader.get("/")
    assert "Flooding near the Barbican" not in page.text
    assert "Lift out of order" in page.text


@pytest.mark.django_db
def test_the_list_has_a_stop_button_on_each_banner_showing_now(client, publisher):
    flooding = showing()
    ended = showing(title="Old news", starts_at=timezone.now() - dt.timedelta(days=2))
    ended.stop(timezone.now() - dt.timedelta(days=1))
    client.force_login(publisher)

    html = client.get(CHANGELIST).text

    assert f'formaction="{stop_url(flooding)}"' in html
    assert stop_url(ended) not in html

    response = client.post(stop_url(flooding))  # the button posts the list's own form

    assert response.status_code == 302
    flooding.refresh_from_db()
    assert flooding.ends_at <= timezone.now()


@pytest.mark.django_db
def test_stop_showing_now_from_the_banners_form_asks_then_stops_it(client, publisher):
    reader = Client()
    flooding = showing()
    reader.get("/")
    client.force_login(publisher)

    change_form = client.get(reverse("admin:pages_alertbanner_change", args=[flooding.pk]))
    assert f'href="{stop_url(flooding)}"' in change_form.text
    asked = client.get(stop_url(flooding))
    assert asked.status_code == 200
    assert "It has no end: it shows until someone stops it." in asked.text
    flooding.refresh_from_db()
    assert flooding.ends_at is None  # asking changes nothing
    assert "Flooding near the Barbican" in reader.get("/").text

    response = client.post(stop_url(flooding))

    assert response.status_code == 302
    assert response["Location"] == CHANGELIST
    flooding.refresh_from_db()
    assert flooding.ends_at <= timezone.now()
    assert "Readers no longer see it on any page." in said(response)[0]
    assert "Flooding near the Barbican" not in reader.get("/").text


@pytest.mark.django_db
def test_a_banner_not_yet_started_is_not_stopped_and_the_message_says_why(client, publisher):
    later = showing(starts_at=timezone.now() + dt.timedelta(hours=1))
    client.force_login(publisher)

    response = client.post(stop_url(later))

    later.refresh_from_db()
    assert later.ends_at is None
    assert said(response) == [
        "“Flooding near the Barbican” has not started yet: change its times or delete it. "
        "Nothing changed."
    ]
    page = client.get(reverse("admin:pages_alertbanner_change", args=[later.pk])).text
    assert stop_url(later) not in page  # nothing to stop: no button


@pytest.mark.django_db
def test_an_editor_cannot_stop_a_banner_and_nothing_changes(client, editor):
    reader = Client()
    flooding = showing()
    client.force_login(editor)

    assert client.get(stop_url(flooding)).status_code == 403
    assert client.post(stop_url(flooding)).status_code == 403
    listed = client.get(CHANGELIST)
    assert listed.status_code == 200  # Editors may look at the banners
    assert "stop_showing_now" not in listed.text
    assert stop_url(flooding) not in listed.text
    viewed = client.get(reverse("admin:pages_alertbanner_change", args=[flooding.pk]))
    assert viewed.status_code == 200
    assert stop_url(flooding) not in viewed.text
    client.post(
        CHANGELIST, {"action": "stop_showing_now", "_selected_action": [flooding.pk], "index": 0}
    )

    flooding.refresh_from_db()
    assert flooding.ends_at is None
    assert "Flooding near the Barbican" in reader.get("/").text


@pytest.mark.django_db
def test_stopping_is_a_post(client, publisher):
    flooding = showing()
    client.force_login(publisher)

    assert client.put(stop_url(flooding)).status_code == 405

    flooding.refresh_from_db()
    assert flooding.ends_at is None
