"""A page draft's review in the page toolbar (reviews/cms_toolbars.py): an Editor editing their
draft is offered "Ready for review" instead of a Publish that would fail, and sees the answer;
a Publisher keeps Publish. The page's review then goes as a publication's does."""

import re
from html import unescape

import pytest
from cms.toolbar.utils import get_object_edit_url
from django.urls import reverse
from djangocms_text.models import Text
from djangocms_versioning.constants import PUBLISHED

from reviews.models import ReviewRequest
from tests.reviews.conftest import (
    ask_url,
    listed,
    publish_url,
    published_page_version,
    send_back_url,
    state_of,
    states,
)

pytestmark = pytest.mark.django_db

NEW_SENTENCE = "An editor added this sentence for review."
WAITING, SENT_BACK = ReviewRequest.State.WAITING, ReviewRequest.State.SENT_BACK


def toolbar(client, version):
    """The page toolbar's right-hand side in edit mode: its buttons (name: address) and its
    review line, as the person signed in to ``client`` sees them."""
    response = client.get(get_object_edit_url(version.content))
    assert response.status_code == 200, response.get("Location")
    html = response.content.decode()
    right = html[html.index('class="cms-toolbar-right"') : html.index('class="cms-messages"')]
    buttons = {
        unescape(name): unescape(href)
        for href, name in re.findall(
            r'<a href="([^"]*)"[^>]*class="cms-btn[^"]*">([^<]+)</a>', right
        )
    }
    status = re.search(r'dccs-review-toolbar-status"[^>]*>(.*?)</div>', right, re.S)
    return buttons, unescape(status.group(1)).strip() if status else ""


def add_sentence(version):
    placeholder = version.content.get_placeholders().get(slot="content")
    text = Text.objects.filter(placeholder=placeholder).order_by("position").first()
    text.body = f"{text.body}<p>{NEW_SENTENCE}</p>"
    text.save()


def about_page(client) -> str:
    client.logout()
    response = client.get("/about/")
    assert response.status_code == 200
    return response.content.decode()


def test_an_editor_is_offered_ready_for_review_not_publish(page_draft, editor, client):
    client.force_login(editor)

    buttons, status = toolbar(client, page_draft)

    assert "Publish" not in buttons and status == ""
    ask = buttons["Ready for review"]
    edit_url = get_object_edit_url(page_draft.content)
    assert ask.startswith(ask_url(page_draft) + "?next=")
    # the ask form brings the editor back to the page they were editing
    form = client.get(ask)
    assert f'name="next" value="{edit_url}"' in unescape(form.content.decode())
    back = client.post(ask_url(page_draft), {"note": "New sentence.", "next": edit_url})
    assert back["Location"] == edit_url
    assert states(page_draft) == [WAITING]

    buttons, status = toolbar(client, page_draft)
    assert status == "Waiting for a Publisher"
    assert "Ready for review" not in buttons and "Publish" not in buttons
    assert buttons["Waiting for review"] == reverse("admin:reviews_reviewrequest_changelist")


def test_a_publisher_keeps_publish_on_their_own_draft(seeded_site, publisher, client):
    own_draft = published_page_version("about").copy(publisher)
    client.force_login(publisher)

    buttons, status = toolbar(client, own_draft)

    assert "Publish" in buttons and "Ready for review" not in buttons and status == ""


def test_a_page_draft_sent_back_changed_asked_again_and_published(
    page_draft, editor, publisher, client, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    client.post(ask_url(page_draft), {"note": "First try."})
    first = ReviewRequest.objects.get()
    client.force_login(publisher)
    assert [row["actions"] for row in listed(client)] == [
        "Compare · Publish · Schedule · Send back"
    ]
    refused = client.post(send_back_url(first), {"comment": ""})
    assert refused.status_code == 200 and "This field is required." in refused.content.decode()
    assert states(page_draft) == [WAITING]
    client.post(send_back_url(first), {"comment": "Add the new sentence."})

    client.force_login(editor)
    buttons, status = toolbar(client, page_draft)
    assert status == "Sent back by publisher: “Add the new sentence.”"
    assert "Ready for review" in buttons and "Publish" not in buttons
    add_sentence(page_draft)
    client.post(ask_url(page_draft), {"note": "Sentence added."})
    assert states(page_draft) == [SENT_BACK, WAITING]
    assert toolbar(client, page_draft)[1] == "Waiting for a Publisher"
    assert NEW_SENTENCE not in about_page(client)

    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(publish_url(ReviewRequest.objects.waiting().get()))

    assert state_of(page_draft) == PUBLISHED
    assert [row["answer"] for row in listed(client)] == [
        "Published by publisher",
        "Sent back by publisher: “Add the new sentence.”",
    ]
    assert NEW_SENTENCE in about_page(client)


def test_a_publisher_who_opens_the_waiting_draft_publishes_it_from_the_toolbar(
    page_draft, editor, publisher, client, django_capture_on_commit_callbacks
):
    """The draft is locked for its editor: the Publisher unlocks it to open it in edit mode."""
    add_sentence(page_draft)
    client.force_login(editor)
    client.post(ask_url(page_draft), {"note": "Sentence added."})
    client.force_login(publisher)
    unlock = reverse("admin:djangocms_versioning_pagecontentversion_unlock", args=[page_draft.pk])
    client.post(unlock)

    buttons, status = toolbar(client, page_draft)

    assert status == "Waiting for a Publisher" and "Ready for review" not in buttons
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(buttons["Publish"])
    assert published.status_code == 302
    assert state_of(page_draft) == PUBLISHED
    review = ReviewRequest.objects.get()
    assert (review.state, review.answered_by) == (ReviewRequest.State.PUBLISHED, publisher)
    assert NEW_SENTENCE in about_page(client)
