"""Roles in the publications admin: editors draft, publishers publish (enforced on the server)."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from publications.models import Publication
from tests.publications.conftest import make_pdf, publication_form


@pytest.mark.django_db
def test_an_editor_adds_a_draft_but_cannot_publish_it(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/publications/publication/add/",
        publication_form(file=SimpleUploadedFile("s.pdf", make_pdf(2)), is_published="on"),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    created = Publication.objects.get(slug="a-new-strategy")
    assert not created.is_published
    assert created.page_count == 2


@pytest.mark.django_db
def test_an_editor_cannot_replace_the_file_of_a_published_publication(
    client, editor, make_publication
):
    published = make_publication(slug="live-one", title="Live one")
    original = published.file.name
    client.force_login(editor)

    client.post(
        f"/admin/publications/publication/{published.pk}/change/",
        publication_form(
            title="Live one", slug="live-one", file=SimpleUploadedFile("new.pdf", make_pdf(5))
        ),
    )

    published.refresh_from_db()
    assert published.file.name == original and published.page_count == 1


@pytest.mark.django_db
def test_a_publisher_publishes_and_replaces_files(client, publisher, make_publication):
    published = make_publication(slug="live-two", title="Live two")
    client.force_login(publisher)

    response = client.post(
        f"/admin/publications/publication/{published.pk}/change/",
        publication_form(
            title="Live two",
            slug="live-two",
            is_published="on",
            file=SimpleUploadedFile("new.pdf", make_pdf(5)),
        ),
    )

    assert response.status_code == 302
    published.refresh_from_db()
    assert published.page_count == 5 and published.earlier_files.count() == 1


@pytest.mark.django_db
def test_a_bad_upload_in_the_admin_says_why_and_changes_nothing(
    client, publisher, files_in_storage
):
    client.force_login(publisher)
    before = files_in_storage()

    response = client.post(
        "/admin/publications/publication/add/",
        publication_form(file=SimpleUploadedFile("page.pdf", b"<html><body>hi</body></html>")),
    )

    assert response.status_code == 200
    assert re.search(r"a web page \(HTML\), not a PDF", response.content.decode())
    assert not Publication.objects.filter(slug="a-new-strategy").exists()
    assert files_in_storage() == before


@pytest.mark.django_db
def test_the_admin_list_filters_by_kind_topic_year_and_state(seeded_site, client, publisher):
    client.force_login(publisher)
    response = client.get("/admin/publications/publication/?kind=strategy&is_published__exact=1")
    html = response.content.decode()

    assert response.status_code == 200
    for heading in ("By kind", "By topics", "By year of the document", "By published"):
        assert heading in html
    assert "Early Help Strategy 2023-26" in html and "DCCS Business Plan" not in html
