"""Roles are enforced on the server: an Editor drafts, only a Publisher changes the live site.

Each refusal is a hand-made POST to the view behind the button, and each checks
afterwards that nothing changed: the buttons being hidden proves nothing.
"""

import pytest
from cms.models import Page, PageContent
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from djangocms_text.models import Text
from djangocms_versioning.constants import DRAFT, PUBLISHED, UNPUBLISHED
from djangocms_versioning.models import Version

from publications.models import PublicationContent, Topic
from tests.publications.conftest import make_pdf, publication_form
from tests.publications.factories import PublicationFactory

DRAFT_SENTENCE = "A sentence that only the draft has."


def versions_of(page):
    contents = PageContent.admin_manager.filter(page=page, language="en")
    return Version.objects.filter(
        object_id__in=contents.values("pk"), content_type__model="pagecontent"
    )


def published_version(reverse_id):
    return versions_of(Page.objects.get(reverse_id=reverse_id)).get(state=PUBLISHED)


def state_of(version):
    # django-fsm forbids refresh_from_db() on a protected state field: read it afresh.
    return Version.objects.get(pk=version.pk).state


def first_text(version):
    placeholder = version.content.get_placeholders().get(slot="content")
    return Text.objects.filter(placeholder=placeholder).order_by("position").first()


def draft_of(reverse_id, user):
    draft = published_version(reverse_id).copy(user)
    text = first_text(draft)
    text.body = f"{text.body}<p>{DRAFT_SENTENCE}</p>"
    text.save()
    return draft


def version_url(action, version):
    return reverse(f"admin:djangocms_versioning_pagecontentversion_{action}", args=[version.pk])


# Pages: drafts, publishing and unpublishing


@pytest.mark.django_db
def test_an_editor_starts_a_draft_and_changes_it(client, editor, seeded_site):
    live = published_version("about")
    client.force_login(editor)

    response = client.post(version_url("edit_redirect", live))

    assert response.status_code == 302
    draft = versions_of(live.content.page).get(state=DRAFT)
    assert draft.created_by == editor
    text = first_text(draft)
    response = client.post(
        reverse("admin:cms_placeholder_edit_plugin", args=[text.pk]) + "?cms_path=/about/",
        {"body": f"<p>{DRAFT_SENTENCE}</p>"},
    )
    assert response.status_code == 200
    text.refresh_from_db()
    assert DRAFT_SENTENCE in text.body
    assert DRAFT_SENTENCE not in first_text(live).body
    assert DRAFT_SENTENCE not in client.get("/about/?toolbar_off").text


@pytest.mark.django_db
def test_an_editor_cannot_change_the_live_version_directly(client, editor, seeded_site):
    live = published_version("about")
    text = first_text(live)
    client.force_login(editor)

    response = client.post(
        reverse("admin:cms_placeholder_edit_plugin", args=[text.pk]) + "?cms_path=/about/",
        {"body": "<p>Changed</p>"},
    )

    assert response.status_code == 403
    assert Text.objects.get(pk=text.pk).body == text.body


@pytest.mark.django_db
def test_an_editor_cannot_publish_a_draft(client, editor, seeded_site):
    draft = draft_of("about", editor)
    live = published_version("about")
    client.force_login(editor)

    client.post(version_url("publish", draft))

    assert state_of(draft) == DRAFT and state_of(live) == PUBLISHED
    assert DRAFT_SENTENCE not in client.get("/about/").text


@pytest.mark.django_db
def test_an_editor_cannot_unpublish_a_page(client, editor, seeded_site):
    live = published_version("about")
    client.force_login(editor)

    client.post(version_url("unpublish", live))
    client.get(version_url("unpublish", live))

    assert state_of(live) == PUBLISHED
    client.logout()
    assert client.get("/about/").status_code == 200


@pytest.mark.django_db
def test_a_publisher_publishes_a_draft_and_unpublishes_the_page(client, publisher, seeded_site):
    draft = draft_of("about", publisher)
    live = published_version("about")
    client.force_login(publisher)

    client.post(version_url("publish", draft))

    assert state_of(draft) == PUBLISHED and state_of(live) == UNPUBLISHED
    client.post(version_url("unpublish", draft))
    assert state_of(draft) == UNPUBLISHED
    client.logout()
    # off the site: its address says so (410 Gone, pages/redirects/middleware.py)
    assert client.get("/about/").status_code == 410


# Pages: the tree and page settings change the live site at once, so they are publishing


@pytest.mark.django_db
def test_an_editor_cannot_make_another_page_the_home_page(client, editor, seeded_site):
    about = Page.objects.get(reverse_id="about")
    client.force_login(editor)

    response = client.post(reverse("admin:cms_page_set_home", args=[about.pk]))

    assert response.status_code == 403
    assert Page.objects.get(is_home=True).reverse_id == "home"
    client.logout()
    assert client.get("/about/").status_code == 200


@pytest.mark.django_db
def test_an_editor_cannot_move_a_live_page(client, editor, seeded_site):
    about = Page.objects.get(reverse_id="about")
    governance = Page.objects.get(reverse_id="governance")
    client.force_login(editor)

    response = client.post(
        reverse("admin:cms_page_move_page", args=[about.pk]),
        {"target": governance.pk, "position": 0},
    )

    assert response.json()["status"] == 403  # the tree's views answer in JSON
    assert Page.objects.get(pk=about.pk).parent is None
    client.logout()
    assert client.get("/about/").status_code == 200


@pytest.mark.django_db
def test_an_editor_cannot_change_a_pages_advanced_settings(client, editor, seeded_site):
    """Advanced settings hold "login required" and the apphook: hiding or replacing a live page."""
    about = Page.objects.get(reverse_id="about")
    url = reverse("admin:cms_page_advanced", args=[about.pk])
    client.force_login(editor)

    assert client.get(url).status_code == 403
    response = client.post(url, {"login_required": "on", "reverse_id": "about"})

    assert response.status_code == 403
    assert not Page.objects.get(pk=about.pk).login_required
    client.logout()
    assert client.get("/about/").status_code == 200


@pytest.mark.django_db
def test_a_publisher_may_change_the_page_tree(client, publisher, seeded_site):
    about = Page.objects.get(reverse_id="about")
    governance = Page.objects.get(reverse_id="governance")
    client.force_login(publisher)

    assert client.get(reverse("admin:cms_page_advanced", args=[about.pk])).status_code == 200
    response = client.post(
        reverse("admin:cms_page_move_page", args=[about.pk]),
        {"target": governance.pk, "position": 0},
    )

    assert response.json()["status"] == 200
    assert Page.objects.get(pk=about.pk).parent == governance


# Publications: versioned like pages


def publication_versions(content):
    return Version.objects.filter(
        object_id__in=PublicationContent.admin_manager.filter(
            publication=content.publication_id
        ).values("pk"),
        content_type__model="publicationcontent",
    )


def publication_version_url(action, version):
    return reverse(
        f"admin:djangocms_versioning_publicationcontentversion_{action}", args=[version.pk]
    )


def change_url(content):
    return reverse("admin:publications_publicationcontent_change", args=[content.pk])


@pytest.mark.django_db
def test_an_editor_uploads_a_pdf_as_a_draft_but_cannot_publish_it(client, editor):
    client.force_login(editor)

    response = client.post(
        reverse("admin:publications_publicationcontent_add"),
        publication_form(file=SimpleUploadedFile("strategy.pdf", make_pdf(3))),
    )

    assert response.status_code == 302
    created = PublicationContent.admin_manager.get(slug="a-new-strategy")
    version = Version.objects.get_for_content(created)
    assert version.state == DRAFT and version.created_by == editor
    assert created.page_count == 3
    client.post(publication_version_url("publish", version))
    assert state_of(version) == DRAFT
    client.logout()
    assert client.get("/publications/a-new-strategy/").status_code == 404


@pytest.mark.django_db
def test_an_editor_cannot_change_a_published_publication_in_place(client, editor):
    live = PublicationFactory(summary="What readers read.")
    client.force_login(editor)

    response = client.post(change_url(live), publication_form(live, summary="Changed at once."))

    assert response.status_code == 403
    assert PublicationContent.objects.get(pk=live.pk).summary == "What readers read."
    client.logout()
    assert "What readers read." in client.get(live.get_absolute_url()).text


@pytest.mark.django_db
def test_an_editors_change_is_a_draft_until_a_publisher_publishes_it(client, editor, publisher):
    live = PublicationFactory(summary="What readers read.")
    live_version = Version.objects.get_for_content(live)
    client.force_login(editor)

    client.post(publication_version_url("edit_redirect", live_version))
    draft = publication_versions(live).get(state=DRAFT)
    response = client.post(
        change_url(draft.content), publication_form(draft.content, summary="A better summary.")
    )

    assert response.status_code == 302
    assert draft.created_by == editor
    client.post(publication_version_url("publish", draft))
    assert state_of(draft) == DRAFT and state_of(live_version) == PUBLISHED
    client.logout()
    assert "What readers read." in client.get(live.get_absolute_url()).text

    client.force_login(publisher)
    client.post(publication_version_url("publish", draft))
    assert state_of(draft) == PUBLISHED and state_of(live_version) == UNPUBLISHED
    client.logout()
    assert "A better summary." in client.get(live.get_absolute_url()).text


@pytest.mark.django_db
def test_an_editor_cannot_unpublish_archive_or_delete_a_publication(client, editor):
    live = PublicationFactory()
    live_version = Version.objects.get_for_content(live)
    client.force_login(editor)

    client.post(publication_version_url("edit_redirect", live_version))
    draft = publication_versions(live).get(state=DRAFT)
    client.post(publication_version_url("unpublish", live_version))
    client.post(publication_version_url("archive", draft))
    response = client.post(
        reverse("admin:publications_publicationcontent_delete", args=[live.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert state_of(live_version) == PUBLISHED and state_of(draft) == DRAFT
    client.logout()
    assert client.get(live.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_an_editors_draft_is_theirs_until_a_publisher_unlocks_it(client, editor, publisher):
    from pages.roles import EDITOR
    from tests.accounts import staff_member

    colleague = staff_member("colleague", EDITOR)
    live = PublicationFactory(summary="What readers read.")
    draft = Version.objects.get_for_content(live).copy(editor)
    client.force_login(colleague)

    response = client.post(
        change_url(draft.content), publication_form(draft.content, summary="Not mine to change.")
    )
    client.post(publication_version_url("unlock", draft))
    client.post(publication_version_url("discard", draft), {"discard": "1"})

    assert response.status_code == 403
    assert PublicationContent.admin_manager.get(pk=draft.content.pk).summary == live.summary
    assert Version.objects.get(pk=draft.pk).locked_by == editor

    client.force_login(publisher)
    client.post(publication_version_url("unlock", draft))
    assert Version.objects.get(pk=draft.pk).locked_by is None


@pytest.mark.django_db
def test_editors_cannot_add_or_rename_topics(client, editor):
    topic = Topic.objects.create(name="Roles test topic", slug="roles-test-topic")
    before = sorted(Topic.objects.values_list("slug", "name"))
    client.force_login(editor)

    added = client.post(reverse("admin:publications_topic_add"), {"name": "New", "slug": "new"})
    renamed = client.post(
        reverse("admin:publications_topic_change", args=[topic.pk]),
        {"name": "Renamed", "slug": "roles-test-topic"},
    )

    assert added.status_code == 403 and renamed.status_code == 403
    assert sorted(Topic.objects.values_list("slug", "name")) == before


@pytest.mark.django_db
def test_a_publisher_publishes_and_unpublishes_a_publication(client, publisher):
    draft = PublicationFactory(state="draft")
    version = Version.objects.get_for_content(draft)
    client.force_login(publisher)

    client.post(publication_version_url("publish", version))
    assert state_of(version) == PUBLISHED
    client.post(publication_version_url("unpublish", version))
    assert state_of(version) == UNPUBLISHED
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 410


@pytest.mark.django_db
def test_a_publisher_sees_whose_draft_it_is_before_publishing(client, editor, publisher):
    from djangocms_versioning.helpers import version_list_url

    live = PublicationFactory()
    draft = Version.objects.get_for_content(live).copy(editor)
    client.force_login(publisher)

    listing = client.get(version_list_url(draft.content)).text
    draft_row = next(row for row in listing.split("<tr") if "Draft" in row and "<td" in row)

    assert editor.username in draft_row  # the author
    assert "cms-icon-lock" in draft_row  # and it is theirs until unlocked
