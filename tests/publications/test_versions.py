"""Publications are versioned (djangocms-versioning; publications/publishing.py): a draft of
a published publication changes nothing readers see, its page, address, file, search entry,
feed and exports, until a Publisher publishes it; then each changes at once."""

import json
import re
from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from djangocms_versioning.constants import PUBLISHED

from publications.models import PublicationContent, Topic
from search.models import SearchEntry
from tests.publications.conftest import (
    draft_of,
    make_pdf,
    new_draft,
    publish,
    version_admin_url,
    version_of,
)

pytestmark = pytest.mark.django_db

FIRST_EDITION = make_pdf(pages=1, text="Youth justice plan, first edition")


@pytest.fixture
def live(make_publication):
    """A published publication with a topic and a PDF of its own."""
    return make_publication(
        title="Youth justice plan",
        slug="youth-justice-plan",
        summary="The plan as first published.",
        topics=["Youth"],
        file=ContentFile(FIRST_EDITION, name="Youth justice plan.pdf"),
    )


def assert_readers_see_exactly_the_published_versions():
    """What every public view reads (the default manager) is what djangocms-versioning calls
    published: no draft, no unpublished version, and no published one missing."""
    seen = set(PublicationContent.objects.values_list("pk", flat=True))
    published = PublicationContent.admin_manager.filter(versions__state=PUBLISHED)
    assert seen == set(published.values_list("pk", flat=True))


@pytest.fixture(autouse=True)
def readers_see_exactly_the_published_versions():
    yield
    assert_readers_see_exactly_the_published_versions()


def text(response):
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def downloaded(response):
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content)


def changed(draft, **fields):
    """Save changes to a draft as the admin does: validated first."""
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.full_clean()
    draft.save()
    assert_readers_see_exactly_the_published_versions()
    return draft


def published_now(draft, user, capture):
    """Publish the draft; what runs once the publish commits (cache refresh) runs too."""
    with capture(execute=True):
        publish(draft, user)
    assert_readers_see_exactly_the_published_versions()


def test_a_new_draft_keeps_the_topics_and_file_and_readers_see_its_changes_once_published(
    live, publisher, client, django_capture_on_commit_callbacks
):
    url = live.get_absolute_url()
    assert "The plan as first published." in text(client.get(url))
    assert client.get(url)["X-Page-Cache"] == "hit"  # kept, so publishing must refresh it

    draft = new_draft(live, publisher)

    assert draft.pk != live.pk and draft.publication_id == live.publication_id
    assert list(draft.topics.all()) == list(live.topics.all()) == [Topic.objects.get(name="Youth")]
    assert draft.file.name == live.file.name  # the same stored file, not a copy
    assert (draft.file_size, draft.page_count, draft.original_filename) == (
        live.file_size,
        live.page_count,
        live.original_filename,
    )
    changed(draft, summary="The plan as revised.")
    draft.topics.add(Topic.objects.create(name="Justice", slug="justice"))
    page = text(client.get(url))
    assert "The plan as first published." in page and "The plan as revised." not in page
    assert list(live.topics.values_list("name", flat=True)) == ["Youth"]

    published_now(draft, publisher, django_capture_on_commit_callbacks)

    page = text(client.get(url))
    assert "The plan as revised." in page and "The plan as first published." not in page
    assert "Justice, Youth" in page
    assert downloaded(client.get(live.get_download_url())) == FIRST_EDITION
    assert not live.publication.earlier_files.exists()  # the file did not change


def test_a_new_address_in_a_draft_leads_nowhere_until_published_then_the_old_one_redirects(
    live, publisher, client, django_capture_on_commit_callbacks
):
    draft = changed(new_draft(live, publisher), slug="youth-justice-plan-2025")

    assert client.get("/publications/youth-justice-plan-2025/").status_code == 404
    assert client.get("/publications/youth-justice-plan-2025/download/").status_code == 404
    old = client.get("/publications/youth-justice-plan/")
    assert old.status_code == 200 and "Youth justice plan" in text(old)

    published_now(draft, publisher, django_capture_on_commit_callbacks)

    moved = client.get("/publications/youth-justice-plan/")
    assert moved.status_code == 301
    assert moved["Location"] == "/publications/youth-justice-plan-2025/"
    assert client.get(moved["Location"]).status_code == 200  # one hop
    download = client.get("/publications/youth-justice-plan/download/")
    assert download["Location"] == "/publications/youth-justice-plan-2025/download/"
    assert downloaded(client.get(download["Location"])) == FIRST_EDITION


def test_a_drafts_new_pdf_reaches_only_staff_until_published(
    live, publisher, client, django_capture_on_commit_callbacks
):
    second_edition = make_pdf(pages=3, text="Youth justice plan, second edition")
    draft = changed(
        new_draft(live, publisher), file=ContentFile(second_edition, name="Second edition.pdf")
    )
    draft_file = reverse("admin:publications_publicationcontent_file", args=[draft.pk])

    assert draft.file.name != live.file.name and draft.page_count == 3
    assert downloaded(client.get(live.get_download_url())) == FIRST_EDITION
    page = text(client.get(live.get_absolute_url()))
    assert "Earlier versions" not in page and "3 pages" not in page
    anonymous = client.get(draft_file)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    client.force_login(publisher)
    assert downloaded(client.get(draft_file)) == second_edition
    client.logout()

    published_now(draft, publisher, django_capture_on_commit_callbacks)

    assert downloaded(client.get(live.get_download_url())) == second_edition
    page = client.get(live.get_absolute_url())
    assert "Earlier versions" in text(page) and "3 pages" in text(page)
    earlier = re.findall(
        r'href="(/publications/youth-justice-plan/earlier/\d+/download/)"', page.text
    )
    assert len(earlier) == 1
    assert downloaded(client.get(earlier[0])) == FIRST_EDITION


def second_edition_of(live, user):
    """The publication again, with a second edition of its PDF published."""
    draft = new_draft(live, user)
    changed(draft, file=ContentFile(make_pdf(pages=2, text="Second edition"), name="second.pdf"))
    publish(draft, user)
    return draft


def test_unpublishing_answers_gone_for_the_page_and_every_download(
    live, publisher, client, django_capture_on_commit_callbacks
):
    current = second_edition_of(live, publisher)
    earlier = live.publication.earlier_files.get()
    addresses = [
        "/publications/youth-justice-plan/",
        "/publications/youth-justice-plan/download/",
        f"/publications/youth-justice-plan/earlier/{earlier.pk}/download/",
    ]
    assert [client.get(address).status_code for address in addresses] == [200, 200, 200]

    with django_capture_on_commit_callbacks(execute=True):
        version_of(current).unpublish(publisher)
    assert_readers_see_exactly_the_published_versions()

    assert [client.get(address).status_code for address in addresses] == [410, 410, 410]
    assert "withdrawn" in text(client.get(addresses[0]))

    # A draft made since (a revert, retitled) is not for readers: the page names what they saw.
    client.force_login(publisher)
    client.post(version_admin_url("revert", current))
    changed(draft_of(live), title="Youth justice plan 2026")
    client.logout()
    gone = client.get(addresses[0])
    assert gone.status_code == 410
    assert "“Youth justice plan” is no longer available" in text(gone)
    assert "2026" not in text(gone)


def test_reverting_to_an_old_version_brings_its_file_back_not_as_an_earlier_version(
    live, publisher, client
):
    current = second_edition_of(live, publisher)
    client.force_login(publisher)

    client.post(version_admin_url("revert", live))  # a new draft, a copy of the first edition
    reverted = draft_of(live)
    assert reverted.file.name == live.file.name
    client.post(version_admin_url("publish", reverted))
    client.logout()
    assert_readers_see_exactly_the_published_versions()

    assert downloaded(client.get(live.get_download_url())) == FIRST_EDITION
    kept = live.publication.earlier_files.all()
    assert [earlier.file.name for earlier in kept] == [current.file.name]
    page = client.get(live.get_absolute_url())
    earlier = re.findall(
        r'href="(/publications/youth-justice-plan/earlier/\d+/download/)"', page.text
    )
    assert len(earlier) == 1
    assert downloaded(client.get(earlier[0])) == current.file.open("rb").read()


def listed_in_exports_and_feed(client):
    feed = client.get("/publications/feed/").content.decode()
    export = json.loads(client.get("/publications/export.json").content)
    return {
        "feed": set(re.findall(r"<title>([^<]+)</title>", unescape(feed))),
        "export": {item["title"] for item in export["publications"]},
    }


def test_search_feed_and_exports_follow_the_published_version(
    live, publisher, client, django_capture_on_commit_callbacks
):
    def entry():
        return SearchEntry.objects.get(kind="publication", object_id=live.publication_id)

    draft = changed(new_draft(live, publisher), title="Youth justice plan, revised")

    assert entry().title == "Youth justice plan"
    for where, titles in listed_in_exports_and_feed(client).items():
        assert "Youth justice plan" in titles, where
        assert "Youth justice plan, revised" not in titles, where
    assert "Youth justice plan, revised" not in text(client.get("/search/", {"q": "revised"}))

    published_now(draft, publisher, django_capture_on_commit_callbacks)

    assert entry().title == "Youth justice plan, revised"
    for where, titles in listed_in_exports_and_feed(client).items():
        assert "Youth justice plan, revised" in titles, where
        assert "Youth justice plan" not in titles, where
    assert "Youth justice plan, revised" in text(client.get("/search/", {"q": "revised"}))
