"""A draft someone asked about, published with djangocms-versioning's own Publish
(reviews.models.version_operation_done): the request says so, and the editor is told."""

import pytest
from django.core import mail
from django.urls import reverse

from reviews.models import ReviewRequest
from tests.reviews.conftest import listed, state_of

pytestmark = pytest.mark.django_db


def test_versionings_own_publish_answers_the_waiting_request(
    asked, editor, publisher, publication_draft, client, django_capture_on_commit_callbacks
):
    editor.email = "editor@example.gov.uk"
    editor.save()
    client.force_login(publisher)
    publish = reverse(
        "admin:djangocms_versioning_publicationcontentversion_publish", args=[publication_draft.pk]
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(publish)

    assert response.status_code == 302
    assert state_of(publication_draft) == "published"
    asked.refresh_from_db()
    assert (asked.state, asked.answered_by) == (ReviewRequest.State.PUBLISHED, publisher)
    assert asked.answered_at is not None
    (row,) = listed(client)
    assert (row["state"], row["answer"], row["actions"]) == (
        "Published",
        "Published by publisher",
        "Compare",
    )
    (email,) = mail.outbox
    assert email.to == ["editor@example.gov.uk"]
    assert email.subject == "Published: Youth justice plan"
    assert "publisher published Publication “Youth justice plan”. Readers see it now." in email.body


def test_the_editor_is_told_only_once_the_publish_has_committed(
    asked, editor, publisher, publication_draft, django_capture_on_commit_callbacks
):
    editor.email = "editor@example.gov.uk"
    editor.save()

    with django_capture_on_commit_callbacks() as after_commit:
        publication_draft.publish(publisher)
        assert mail.outbox == []  # a publish that rolled back here would have told no one

    for callback in after_commit:
        callback()
    assert [email.subject for email in mail.outbox] == ["Published: Youth justice plan"]


def test_a_publisher_archiving_the_draft_answers_the_waiting_request(
    asked, publisher, publication_draft, client
):
    client.force_login(publisher)
    url = "admin:djangocms_versioning_publicationcontentversion_{}".format

    client.post(reverse(url("unlock"), args=[publication_draft.pk]))  # the editor's, till now
    client.post(reverse(url("archive"), args=[publication_draft.pk]))

    assert state_of(publication_draft) == "archived"
    asked.refresh_from_db()
    assert (asked.state, asked.answered_by) == (ReviewRequest.State.ARCHIVED, publisher)
    (row,) = listed(client)
    assert (row["state"], row["actions"]) == ("Draft archived", "Compare")
    assert mail.outbox == []
