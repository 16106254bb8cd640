"""Roles in the publications admin: editors draft, publishers publish (enforced on the server).

Publications are versioned (djangocms-versioning): the admin adds drafts and changes
only drafts; publishing goes through the versions' own admin views.
"""

import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from djangocms_versioning.constants import DRAFT, PUBLISHED

from publications.models import Publication, PublicationContent
from tests.publications.conftest import (
    ADD_URL,
    a_publication_with_three_files,
    change_url,
    draft_of,
    make_pdf,
    publication_form,
    version_admin_url,
    version_of,
)


def downloaded(client, content):
    client.logout()
    response = client.get(content.get_download_url())
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@pytest.mark.django_db
def test_an_editor_adds_a_draft_but_cannot_publish_it(client, editor):
    client.force_login(editor)
    response = client.post(ADD_URL, publication_form(file=SimpleUploadedFile("s.pdf", make_pdf(2))))

    assert response.status_code == 302, response.content.decode()[:3000]
    created = PublicationContent.admin_manager.get(slug="a-new-strategy")
    assert created.page_count == 2
    version = version_of(created)
    assert (version.state, version.created_by) == (DRAFT, editor)

    client.post(version_admin_url("publish", created))

    assert version_of(created).state == DRAFT
    client.logout()
    assert client.get("/publications/a-new-strategy/").status_code == 404


@pytest.mark.django_db
def test_an_editor_cannot_change_a_published_version(client, editor, make_publication):
    published = make_publication(slug="live-one", title="Live one")
    original = published.file.name
    client.force_login(editor)

    response = client.post(
        change_url(published),
        publication_form(
            published, title="Changed", file=SimpleUploadedFile("new.pdf", make_pdf(5))
        ),
    )

    assert response.status_code == 403
    published.refresh_from_db()
    assert (published.title, published.file.name, published.page_count) == ("Live one", original, 1)


@pytest.mark.django_db
def test_an_editors_new_file_is_a_draft_that_readers_do_not_get(client, editor, make_publication):
    published = make_publication(slug="live-one", title="Live one")
    before = downloaded(client, published)
    client.force_login(editor)

    client.post(version_admin_url("edit_redirect", published))  # "New draft"
    draft = draft_of(published)
    response = client.post(
        change_url(draft),
        publication_form(draft, file=SimpleUploadedFile("new.pdf", make_pdf(5))),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    draft.refresh_from_db()
    assert draft.page_count == 5 and version_of(draft).created_by == editor
    published.refresh_from_db()
    assert version_of(published).state == PUBLISHED and published.page_count == 1
    assert downloaded(client, published) == before
    assert not published.publication.earlier_files.exists()


@pytest.mark.django_db
def test_a_publisher_publishes_a_draft_that_replaces_the_file(client, publisher, make_publication):
    published = make_publication(slug="live-two", title="Live two")
    new_pdf = make_pdf(5, text="The new edition")
    client.force_login(publisher)

    client.post(version_admin_url("edit_redirect", published))
    draft = draft_of(published)
    saved = client.post(
        change_url(draft), publication_form(draft, file=SimpleUploadedFile("new.pdf", new_pdf))
    )
    assert saved.status_code == 302, saved.content.decode()[:3000]
    response = client.post(version_admin_url("publish", draft))

    assert response.status_code == 302
    live = published.publication.published_content()
    assert live.pk == draft.pk and live.page_count == 5
    assert published.publication.earlier_files.count() == 1
    assert downloaded(client, live) == new_pdf


@pytest.mark.django_db
def test_a_bad_upload_in_the_admin_says_why_and_changes_nothing(
    client, publisher, files_in_storage
):
    client.force_login(publisher)
    before = files_in_storage()
    publications = Publication.objects.count()

    response = client.post(
        ADD_URL,
        publication_form(file=SimpleUploadedFile("page.pdf", b"<html><body>hi</body></html>")),
    )

    assert response.status_code == 200
    assert (
        "This file is not a PDF: it looks like a web page (HTML). Save it as a PDF and upload it "
        "again." in unescape(response.content.decode())
    )
    assert not PublicationContent.admin_manager.filter(slug="a-new-strategy").exists()
    assert Publication.objects.count() == publications
    assert files_in_storage() == before


@pytest.mark.django_db
def test_a_published_version_is_unpublished_before_it_can_be_deleted(
    client, publisher, make_publication, django_capture_on_commit_callbacks
):
    published = make_publication(slug="live-three", title="Live three")
    delete_url = f"/admin/publications/publicationcontent/{published.pk}/delete/"
    client.force_login(publisher)

    refused = client.post(delete_url, {"post": "yes"})

    assert refused.status_code == 403
    assert version_of(published).state == PUBLISHED
    with django_capture_on_commit_callbacks(execute=True):
        client.post(version_admin_url("unpublish", published))
    assert client.post(delete_url, {"post": "yes"}).status_code == 302
    assert not PublicationContent.admin_manager.filter(pk=published.pk).exists()
    client.logout()
    assert client.get("/publications/live-three/").status_code == 410


def listed_states(html):
    """Each row of the admin list: its title and its state ("Draft", "Published"...)."""
    rows = re.findall(
        r'<th class="field-title"><a [^>]+>([^<]+)</a>.*?cms-pagetree-node-state[^"]*" '
        r'title="([^"]+)"',
        html,
        re.DOTALL,
    )
    return dict(rows)


@pytest.mark.django_db
def test_the_admin_list_filters_by_kind_topic_and_year_and_shows_each_state(
    client, publisher, make_publication
):
    make_publication(title="A draft strategy", state="draft", topics=["send"])
    client.force_login(publisher)

    response = client.get("/admin/publications/publicationcontent/?kind=strategy")
    html = response.content.decode()

    assert response.status_code == 200
    for heading in ("By kind", "By topics", "By year of the document"):
        assert heading in html
    states = listed_states(html)
    assert states["A draft strategy"] == "Draft"
    assert states["Early Help Strategy 2023-26"] == "Published"
    assert "DCCS Business Plan" not in html


@pytest.mark.django_db
def test_staff_open_every_versions_file_and_earlier_ones_under_their_own_names(
    client, editor, make_publication
):
    _, files = a_publication_with_three_files(editor)
    client.force_login(editor)

    for name, (route, pdf) in files.items():
        response = client.get(route)
        assert response.status_code == 200, route
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == f'inline; filename="{name}"'
        assert b"".join(response.streaming_content) == pdf


@pytest.mark.django_db
def test_the_public_never_gets_a_file_through_the_staff_routes(client, db, make_publication):
    from tests.accounts import staff_member

    published, files = a_publication_with_three_files(staff_member("an-author", "Editor"))

    for route, _ in files.values():
        response = client.get(route)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    someone = get_user_model().objects.create_user("no-role", password="x" * 20, is_staff=True)
    client.force_login(someone)  # staff, but not allowed to see publications
    for route, _ in files.values():
        assert client.get(route).status_code == 404
    client.logout()
    download = client.get(published.get_download_url())  # the published version's file only
    assert b"".join(download.streaming_content) == files["Second edition (final).pdf"][1]


@pytest.mark.django_db
def test_the_form_links_each_versions_file_and_each_earlier_one_for_staff(
    client, editor, make_publication
):
    published, files = a_publication_with_three_files(editor)
    draft = PublicationContent.admin_manager.get(original_filename="Third draft.pdf")
    client.force_login(editor)

    html = unescape(client.get(change_url(draft)).content.decode())
    read_only = unescape(client.get(change_url(published)).content.decode())

    current = re.search(r"Currently: <a href=\"([^\"]+)\">([^<]+)</a> \(([^)]+)\)", html)
    assert current.groups()[:2] == (files["Third draft.pdf"][0], "Third draft.pdf")
    assert re.fullmatch(r"PDF, [\d.]+ KB, 3 pages, uploaded \d{1,2} \w+ \d{4}", current.group(3))
    earlier_route = files["First.pdf"][0]
    assert re.search(rf'<li><a href="{earlier_route}">First.pdf</a> \(PDF, [^;]+, 1 page;', html)
    assert "/media/" not in html
    assert 'accept="application/pdf,.pdf"' in html
    # A published version is read-only: its PDF is shown the same way, with no form.
    own_route = files["Second edition (final).pdf"][0]
    assert f'<a href="{own_route}">Second edition (final).pdf</a> (PDF, ' in read_only
    assert "/media/" not in read_only and 'type="file"' not in read_only


@pytest.mark.django_db
def test_the_publication_search_of_other_forms_answers_newest_first(client, publisher):
    """The "Supersedes" and an inspection's "Report" searches page through publications in
    one order (Django warned of an unordered list, whose pages may repeat or skip one)."""
    from tests.publications.factories import PublicationFactory

    for year in (2024, 2025, 2026):
        PublicationFactory(title=f"Annual report {year}", slug=f"annual-report-{year}")
    client.force_login(publisher)

    answer = client.get(
        "/admin/autocomplete/",
        {
            "app_label": "pages",
            "model_name": "inspection",
            "field_name": "report",
            "term": "annual",
        },
    )

    assert answer.status_code == 200
    found = [result["text"] for result in answer.json()["results"]]
    assert found == ["Annual report 2026", "Annual report 2025", "Annual report 2024"]
