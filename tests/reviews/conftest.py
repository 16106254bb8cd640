"""What the review tests share: an Editor's drafts of a publication and of a page, and the
review list, forms and page as their readers see them.

A draft is made as "New draft" makes it (``Version.copy``), so it is credited to, and
with version locking locked for, the editor who made it.
"""

import re
from html import unescape

import pytest
from cms.models import Page, PageContent
from django.urls import reverse
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

from reviews.models import ReviewRequest
from tests.publications.factories import PublicationFactory


def ask_url(version):
    return reverse("admin:reviews_reviewrequest_ask", args=[version.pk])


def publish_url(review):
    return reverse("admin:reviews_reviewrequest_publish", args=[review.pk])


def send_back_url(review):
    return reverse("admin:reviews_reviewrequest_send_back", args=[review.pk])


def text(response) -> str:
    """A response's words, as a person reads them: no tags, one space between words."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def listed(client) -> list[dict[str, str]]:
    """The rows of the review list, newest first: each column's text by its name
    ("item", "asked_by_name", "note", "state", "answer", "actions")."""
    response = client.get(reverse("admin:reviews_reviewrequest_changelist"))
    assert response.status_code == 200
    table = re.search(r'<table id="result_list">.*?</table>', response.content.decode(), re.S)
    if table is None:
        return []
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", table.group(0), re.S)[1:]  # past the heading
    return [
        {
            column: re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", cell))).strip()
            for column, cell in re.findall(
                r'<t[hd] class="field-([\w]+)[^"]*">(.*?)</t[hd]>', row, re.S
            )
        }
        for row in rows
    ]


def state_of(version) -> str:
    """The version's state now (a ``Version``'s own state cannot be reloaded in place)."""
    return Version.objects.get(pk=version.pk).state


def states(version) -> list[str]:
    """The version's review requests, oldest first: their states."""
    return list(
        ReviewRequest.objects.for_version(version).order_by("pk").values_list("state", flat=True)
    )


def published_page_version(reverse_id):
    page = Page.objects.get(reverse_id=reverse_id)
    contents = PageContent.admin_manager.filter(page=page, language="en")
    return Version.objects.get(
        object_id__in=contents.values("pk"), content_type__model="pagecontent", state=PUBLISHED
    )


@pytest.fixture
def live_publication(db):
    """A published publication, as readers see it now."""
    return PublicationFactory(
        title="Youth justice plan",
        slug="youth-justice-plan",
        summary="The plan as first published.",
    )


@pytest.fixture
def publication_draft(live_publication, editor):
    """The Editor's draft of the publication (a ``Version``), with a summary readers don't see."""
    draft = Version.objects.get_for_content(live_publication).copy(editor)
    draft.content.summary = "The plan as the editor revised it."
    draft.content.save()
    return draft


@pytest.fixture
def page_draft(seeded_site, editor):
    """The Editor's draft of the published "about" page (a ``Version``)."""
    return published_page_version("about").copy(editor)


@pytest.fixture
def another_editor(db):
    from pages.roles import EDITOR
    from tests.accounts import staff_member

    return staff_member("another-editor", EDITOR)


@pytest.fixture
def asked(publication_draft, editor, client):
    """The Editor has asked for a review of their publication draft; the client is theirs."""
    client.force_login(editor)
    response = client.post(ask_url(publication_draft), {"note": "I rewrote the summary."})
    assert response.status_code == 302, response.content.decode()[:2000]
    return ReviewRequest.objects.get(version=publication_draft)
