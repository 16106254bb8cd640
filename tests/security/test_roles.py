"""Roles are enforced on the server: an Editor drafts, only a Publisher changes the live site.

Each refusal is a hand-made POST to the view behind the button, and each checks
afterwards that nothing changed: the buttons being hidden proves nothing.
"""

import pytest
from cms.models import Page, PageContent
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from djangocms_text.models import Text
from djangocms_versioning.constants import DRAFT, PUBLISHED, UNPUBLISHED
from djangocms_versioning.models import Version

from publications.models import Publication
from tests.publications.conftest import make_pdf, publication_form

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


# Publications


def publication(**fields):
    defaults = {
        "title": "Roles test strategy",
        "slug": "roles-test-strategy",
        "kind": "strategy",
        "summary": "What it is for.",
        "document_year": 2026,
        "is_published": False,
        "file": ContentFile(make_pdf(1), name="roles-test.pdf"),
    }
    record = Publication(**{**defaults, **fields})
    record.full_clean()
    record.save()
    return record


def change_url(record):
    return reverse("admin:publications_publication_change", args=[record.pk])


@pytest.mark.django_db
def test_an_editor_uploads_a_pdf_as_a_draft_but_cannot_publish_it(client, editor):
    client.force_login(editor)

    response = client.post(
        reverse("admin:publications_publication_add"),
        publication_form(file=SimpleUploadedFile("strategy.pdf", make_pdf(3)), is_published="on"),
    )

    assert response.status_code == 302
    created = Publication.objects.get(slug="a-new-strategy")
    assert not created.is_published and created.page_count == 3


@pytest.mark.django_db
def test_an_editor_cannot_publish_a_draft_publication(client, editor):
    draft = publication()
    client.force_login(editor)

    response = client.post(change_url(draft), publication_form(draft, is_published="on"))

    assert response.status_code == 302  # the rest of the change is saved
    draft.refresh_from_db()
    assert not draft.is_published and draft.first_published_at is None
    client.logout()
    assert client.get(f"/publications/{draft.slug}/").status_code == 404


@pytest.mark.django_db
def test_an_editor_cannot_unpublish_or_delete_a_publication(client, editor):
    live = publication(is_published=True)
    client.force_login(editor)

    client.post(change_url(live), publication_form(live))  # the box left unticked
    response = client.post(
        reverse("admin:publications_publication_delete", args=[live.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    live.refresh_from_db()
    assert live.is_published


@pytest.mark.django_db
def test_a_publisher_publishes_and_unpublishes_a_publication(client, publisher):
    draft = publication()
    client.force_login(publisher)

    client.post(change_url(draft), publication_form(draft, is_published="on"))
    draft.refresh_from_db()
    assert draft.is_published

    client.post(change_url(draft), publication_form(draft))
    draft.refresh_from_db()
    assert not draft.is_published
