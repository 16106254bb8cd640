"""The review emails (reviews/notify.py): to the Publishers with an address when a draft waits,
to its editor when it is answered; links on the site's canonical address, never on the Host a
request gave; a failing mail server never undoes the review."""

import re
from unittest import mock

import pytest
from django.core import mail

from reviews.models import ReviewRequest
from tests.reviews.conftest import ask_url, publish_url, send_back_url, state_of

pytestmark = pytest.mark.django_db

SITE_URL = "https://www.example.gov.uk"
OTHER_HOST = {"HTTP_HOST": "localhost"}  # allowed, and not the canonical address


def links(email) -> list[str]:
    return re.findall(r"\w+://\S+", email.body)


@pytest.fixture(autouse=True)
def canonical_address(settings):
    settings.SITE_URL = SITE_URL


@pytest.fixture
def addresses(editor, publisher, another_editor):
    """The Editor and the Publisher have email addresses, as has another Editor; a second
    Publisher has none."""
    from django.contrib.auth import get_user_model

    from pages.roles import PUBLISHER, ensure_roles

    for user, address in [
        (editor, "editor@example.gov.uk"),
        (publisher, "publisher@example.gov.uk"),
        (another_editor, "another-editor@example.gov.uk"),
    ]:
        user.email = address
        user.save()
    no_address = get_user_model().objects.create_user("publisher-2", is_staff=True)
    no_address.groups.add(ensure_roles()[PUBLISHER])


def test_asking_tells_the_publishers_who_have_an_address(
    addresses, publication_draft, editor, client
):
    client.force_login(editor)

    client.post(ask_url(publication_draft), {"note": "I rewrote the summary."}, **OTHER_HOST)

    (email,) = mail.outbox
    assert email.to == ["publisher@example.gov.uk"]  # not the editors, not the one without
    assert email.subject == "Ready for review: Youth justice plan"
    assert "page-editor asks for a review of Publication “Youth justice plan”." in email.body
    assert "Their note: I rewrote the summary." in email.body
    assert links(email) == [f"{SITE_URL}/admin/reviews/reviewrequest/?state__exact=waiting"]


def test_sending_back_tells_the_editor_with_the_comment(
    addresses, asked, publisher, client, publication_draft
):
    mail.outbox.clear()
    client.force_login(publisher)

    client.post(send_back_url(asked), {"comment": "Say who the plan is for."}, **OTHER_HOST)

    (email,) = mail.outbox
    assert email.to == ["editor@example.gov.uk"]
    assert email.subject == "Sent back: Youth justice plan"
    assert "publisher sent Publication “Youth justice plan” back to you:" in email.body
    assert "Say who the plan is for." in email.body
    assert links(email) == [
        f"{SITE_URL}/admin/publications/publicationcontent/{publication_draft.object_id}/preview/",
        f"{SITE_URL}/admin/reviews/reviewrequest/",
    ]


def test_publishing_tells_the_editor(
    addresses, asked, publisher, client, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    client.force_login(publisher)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(publish_url(asked), **OTHER_HOST)

    (email,) = mail.outbox
    assert email.to == ["editor@example.gov.uk"]
    assert email.subject == "Published: Youth justice plan"
    assert "publisher published Publication “Youth justice plan”. Readers see it now." in email.body
    assert links(email) == [f"{SITE_URL}/admin/reviews/reviewrequest/"]


def test_no_link_comes_from_the_host_a_request_gave(
    addresses, publication_draft, editor, publisher, client, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    client.post(ask_url(publication_draft), {"note": "See localhost"}, **OTHER_HOST)
    review = ReviewRequest.objects.get()
    client.force_login(publisher)
    client.post(send_back_url(review), {"comment": "Try again."}, **OTHER_HOST)
    client.force_login(editor)
    client.post(ask_url(publication_draft), {}, **OTHER_HOST)
    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(publish_url(ReviewRequest.objects.waiting().get()), **OTHER_HOST)

    assert [email.subject.split(":")[0] for email in mail.outbox] == [
        "Ready for review",
        "Sent back",
        "Ready for review",
        "Published",
    ]
    every_link = [link for email in mail.outbox for link in links(email)]
    assert len(every_link) == 5
    assert all(link.startswith(f"{SITE_URL}/") for link in every_link), every_link


def test_a_failing_mail_server_does_not_undo_the_request(
    addresses,
    publication_draft,
    editor,
    publisher,
    client,
    caplog,
    django_capture_on_commit_callbacks,
):
    broken = mock.patch("reviews.notify.send_mail", side_effect=ConnectionRefusedError)
    client.force_login(editor)

    with broken:
        asked = client.post(ask_url(publication_draft), {"note": "I rewrote the summary."})

    assert asked.status_code == 302
    review = ReviewRequest.objects.get()
    assert review.state == ReviewRequest.State.WAITING
    assert "Review email could not be sent: Ready for review: Youth justice plan" in caplog.text

    client.force_login(publisher)
    with broken:
        sent_back = client.post(send_back_url(review), {"comment": "Say who it is for."})
    assert sent_back.status_code == 302
    review.refresh_from_db()
    assert (review.state, review.comment) == ("sent-back", "Say who it is for.")

    client.force_login(editor)
    client.post(ask_url(publication_draft), {"note": "Again."})
    client.force_login(publisher)
    with broken, django_capture_on_commit_callbacks(execute=True):
        published = client.post(publish_url(ReviewRequest.objects.waiting().get()))
    assert published.status_code == 302
    assert state_of(publication_draft) == "published"
    assert ReviewRequest.objects.latest_for(publication_draft).state == "published"
    assert "Review email could not be sent: Published: Youth justice plan" in caplog.text
