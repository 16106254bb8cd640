"""The review list and its forms (reviews/admin.py): an Editor asks, a Publisher publishes or
sends back; every refused step leaves the request, the draft and what readers see as they were."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from djangocms_versioning.constants import DRAFT, PUBLISHED
from djangocms_versioning.models import Version

from reviews.models import ReviewRequest
from tests.publications.conftest import publication_form
from tests.reviews.conftest import (
    ask_url,
    listed,
    publish_url,
    send_back_url,
    state_of,
    states,
    text,
)

pytestmark = pytest.mark.django_db

WAITING, SENT_BACK = ReviewRequest.State.WAITING, ReviewRequest.State.SENT_BACK


def change_form_url(version):
    return reverse("admin:publications_publicationcontent_change", args=[version.content.pk])


def reader_sees(client, publication) -> str:
    """The publication's public page, as a reader (no one signed in) gets it now."""
    client.logout()
    response = client.get(publication.get_absolute_url())
    assert response.status_code == 200
    return text(response)


def assert_nothing_changed(review, draft, client, live_publication):
    review.refresh_from_db()
    assert (review.state, review.answered_by, review.comment) == (WAITING, None, "")
    assert state_of(draft) == DRAFT
    assert Version.objects.get_for_content(live_publication).state == PUBLISHED
    page = reader_sees(client, live_publication)
    assert "The plan as first published." in page
    assert "The plan as the editor revised it." not in page


# Asking ----------------------------------------------------------------------------------------


def test_an_editor_asks_for_a_review_and_the_list_shows_who_asked_and_why(
    publication_draft, editor, publisher, client
):
    client.force_login(editor)
    form = client.get(ask_url(publication_draft))
    assert form.status_code == 200
    assert "Ask for a review of Publication “Youth justice plan”" in text(form)
    assert "The Publishers: publisher." in text(form)

    response = client.post(ask_url(publication_draft), {"note": "I rewrote the summary."})

    assert response.status_code == 302
    review = ReviewRequest.objects.get(version=publication_draft)
    assert (review.state, review.asked_by, review.note) == (
        WAITING,
        editor,
        "I rewrote the summary.",
    )
    assert "Sent for review. The Publishers: publisher." in [
        str(m) for m in get_messages(response.wsgi_request)
    ]
    (row,) = listed(client)
    assert row["item"] == "Publication “Youth justice plan” versions"
    assert (row["asked_by_name"], row["note"]) == ("page-editor", "I rewrote the summary.")
    assert (row["state"], row["answer"]) == ("Waiting for a Publisher", "–")
    assert row["actions"] == "Compare"  # neither Publish nor Send back for the Editor
    client.force_login(publisher)
    (row,) = listed(client)
    assert (row["asked_by_name"], row["note"]) == ("page-editor", "I rewrote the summary.")
    assert row["actions"] == "Compare · Publish · Schedule · Send back"


def test_asking_twice_leaves_one_waiting_request(asked, publication_draft, client):
    again = client.post(ask_url(publication_draft), {"note": "Asking again."})

    assert again.status_code == 302
    assert "This draft is already waiting for a Publisher." in [
        str(m) for m in get_messages(again.wsgi_request)
    ]
    assert states(publication_draft) == [WAITING]
    assert ReviewRequest.objects.get().note == "I rewrote the summary."
    assert "already waiting for a Publisher" in text(client.get(ask_url(publication_draft)))


def test_an_editor_cannot_ask_about_another_editors_locked_draft(
    publication_draft, another_editor, client
):
    client.force_login(another_editor)

    assert client.get(ask_url(publication_draft)).status_code == 403
    assert client.post(ask_url(publication_draft), {"note": "Mine now?"}).status_code == 403
    assert not ReviewRequest.objects.exists()


def test_an_editor_cannot_ask_about_a_published_version(live_publication, editor, client):
    published = Version.objects.get_for_content(live_publication)
    client.force_login(editor)

    assert client.get(ask_url(published)).status_code == 403
    assert client.post(ask_url(published), {"note": "Again?"}).status_code == 403
    assert not ReviewRequest.objects.exists()


# Refused answers -------------------------------------------------------------------------------


def test_an_editor_can_neither_publish_nor_send_back(
    asked, publication_draft, live_publication, client
):
    """The client is the Editor's: each answer is refused and nothing changes."""
    assert client.post(publish_url(asked)).status_code == 403
    assert_nothing_changed(asked, publication_draft, client, live_publication)

    client.force_login(asked.asked_by)
    assert client.get(send_back_url(asked)).status_code == 403
    assert client.post(send_back_url(asked), {"comment": "Looks fine to me"}).status_code == 403
    assert_nothing_changed(asked, publication_draft, client, live_publication)

    # nor through versioning's own Publish
    client.force_login(asked.asked_by)
    versioning_publish = reverse(
        "admin:djangocms_versioning_publicationcontentversion_publish", args=[publication_draft.pk]
    )
    refused = client.post(versioning_publish)
    assert "You do not have publish permissions" in [
        str(m) for m in get_messages(refused.wsgi_request)
    ]
    assert_nothing_changed(asked, publication_draft, client, live_publication)


def test_publishing_asks_for_post(asked, publisher, publication_draft, live_publication, client):
    client.force_login(publisher)

    assert client.get(publish_url(asked)).status_code == 405
    assert_nothing_changed(asked, publication_draft, client, live_publication)


def test_an_empty_comment_is_refused_with_a_message(
    asked, publisher, publication_draft, live_publication, client
):
    for empty in ({"comment": "  "}, {}):
        client.force_login(publisher)

        response = client.post(send_back_url(asked), empty)

        assert response.status_code == 200
        assert "This field is required." in text(response)
        assert_nothing_changed(asked, publication_draft, client, live_publication)


# The whole conversation ------------------------------------------------------------------------


def test_sent_back_changed_asked_again_and_published(
    asked,
    editor,
    publisher,
    publication_draft,
    live_publication,
    client,
    django_capture_on_commit_callbacks,
):
    assert "The plan as first published." in reader_sees(client, live_publication)
    client.force_login(publisher)
    form = client.get(send_back_url(asked))
    assert "page-editor asked on" in text(form) and "“I rewrote the summary.”" in text(form)
    sent = client.post(send_back_url(asked), {"comment": "Say who the plan is for."})
    assert sent.status_code == 302
    assert "Sent back to page-editor." in [str(m) for m in get_messages(sent.wsgi_request)]

    # The editor sees the comment on the list and on the draft's change form ...
    client.force_login(editor)
    (row,) = listed(client)
    assert (row["state"], row["answer"]) == (
        "Sent back",
        "Sent back by publisher: “Say who the plan is for.”",
    )
    change_form = text(client.get(change_form_url(publication_draft)))
    assert "Sent back by publisher : “Say who the plan is for.”" in change_form
    assert "Save and ask for review" in change_form

    # ... changes the draft, and asks again.
    saved = client.post(
        change_form_url(publication_draft),
        publication_form(
            publication_draft.content, summary="The plan, for young people and their families."
        ),
    )
    assert saved.status_code == 302, text(saved)[:2000]
    asked_again = client.post(ask_url(publication_draft), {"note": "Now it says who."})
    assert asked_again.status_code == 302
    assert states(publication_draft) == [SENT_BACK, WAITING]
    newest, oldest = listed(client)
    assert (newest["note"], newest["state"]) == ("Now it says who.", "Waiting for a Publisher")
    assert oldest["answer"] == "Sent back by publisher: “Say who the plan is for.”"
    assert "Waiting for a Publisher since" in text(client.get(change_form_url(publication_draft)))
    assert "The plan as first published." in reader_sees(client, live_publication)

    # The Publisher publishes from the list; readers get the new version on their next request.
    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(publish_url(ReviewRequest.objects.waiting().get()))
    assert published.status_code == 302
    assert "Published Publication “Youth justice plan”." in [
        str(m) for m in get_messages(published.wsgi_request)
    ]
    assert state_of(publication_draft) == PUBLISHED
    newest, oldest = listed(client)
    assert (newest["state"], newest["answer"]) == ("Published", "Published by publisher")
    assert newest["actions"] == "Compare"  # nothing left to answer
    assert oldest["state"] == "Sent back"
    page = reader_sees(client, live_publication)
    assert "The plan, for young people and their families." in page
    assert "The plan as first published." not in page


def test_an_answered_request_cannot_be_answered_again(asked, publisher, publication_draft, client):
    client.force_login(publisher)
    client.post(send_back_url(asked), {"comment": "Say who the plan is for."})

    again = client.post(publish_url(asked))

    assert again.status_code == 302
    assert "This request has been answered already." in [
        str(m) for m in get_messages(again.wsgi_request)
    ]
    assert state_of(publication_draft) == DRAFT
    assert states(publication_draft) == [SENT_BACK]
