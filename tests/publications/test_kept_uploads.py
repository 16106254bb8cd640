"""publications/kept_uploads.py: the PDF chosen with a refused publication form is kept for the
editor's next save (tied to their session, checked again, stored once), and a daily command
removes what was never saved."""

import io
import os
import re
from datetime import timedelta
from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from publications.formatting import format_file_size
from publications.kept_uploads import KEPT_FOLDER, KeptUpload, keep
from publications.models import PublicationContent
from publications.pdf_inspection import PdfFacts
from tests.accounts import staff_member
from tests.publications.conftest import (
    ADD_URL,
    change_url,
    make_pdf,
    new_draft,
    publication_form,
)

NO_YEAR = "Give the year of the document, or its date."


def kept_files_in_storage():
    """Every file in the kept uploads' folder."""
    try:
        return sorted(default_storage.listdir(KEPT_FOLDER)[1])
    except FileNotFoundError:
        return []


def page_text(response):
    html = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", unescape(html))


def kept_token(response):
    found = re.search(r'name="kept_file" value="([^"]+)"', response.content.decode())
    return found and found.group(1)


@pytest.fixture(autouse=True)
def nothing_kept_before():
    """The kept uploads' folder as a new site has it: empty (storage is not rolled back)."""
    for name in kept_files_in_storage():
        default_storage.delete(f"{KEPT_FOLDER}/{name}")


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """Post as the browser does, with what waits for the commit (a kept file's deletion) done."""

    def send(url, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return send


def refused_with(post, pdf, name="Our plan.pdf", **fields):
    """Post the add form with a PDF but no year (or ``fields``): refused, the PDF kept."""
    form = publication_form(document_year="", **fields)
    if pdf is not None:
        form["file"] = SimpleUploadedFile(name, pdf, content_type="application/pdf")
    response = post(ADD_URL, form)
    assert response.status_code == 200, response.status_code
    return response


@pytest.mark.django_db
def test_a_form_error_keeps_the_pdf_and_the_next_save_takes_it(
    post, client, publisher, files_in_storage
):
    client.force_login(publisher)
    before = files_in_storage()
    pdf = make_pdf(3, text="Our plan")

    refused = refused_with(post, pdf)

    words = page_text(refused)
    assert NO_YEAR in words
    assert (
        f"You chose Our plan.pdf (PDF, {format_file_size(len(pdf))}, 3 pages): it is kept; "
        "choose another file to replace it." in words
    )
    assert "This field is required" not in words
    # Kept apart from the publications' own files, once.
    assert files_in_storage() == before and len(kept_files_in_storage()) == 1

    saved = post(ADD_URL, publication_form(kept_file=kept_token(refused)))  # no new file

    assert saved.status_code == 302, page_text(saved)[:2000]
    created = PublicationContent.admin_manager.get(slug="a-new-strategy")
    assert (created.original_filename, created.file_size, created.page_count) == (
        "Our plan.pdf",
        len(pdf),
        3,
    )
    assert created.file.open("rb").read() == pdf
    # Stored once, as the version's own; nothing left over.
    assert files_in_storage() == sorted([*before, created.file.name.split("/")[-1]])
    assert kept_files_in_storage() == [] and not KeptUpload.objects.exists()


@pytest.mark.django_db
def test_the_kept_pdf_survives_more_errors_and_another_choice_replaces_it(post, client, publisher):
    client.force_login(publisher)
    first = refused_with(post, make_pdf(1), name="First.pdf")

    again = refused_with(post, None, kept_file=kept_token(first))
    assert "You chose First.pdf" in page_text(again) and kept_token(again) == kept_token(first)

    replaced = refused_with(post, make_pdf(2), name="Second.pdf", kept_file=kept_token(first))

    assert "You chose Second.pdf" in page_text(replaced)
    assert "First.pdf" not in page_text(replaced)
    assert list(KeptUpload.objects.values_list("original_filename", flat=True)) == ["Second.pdf"]
    assert len(kept_files_in_storage()) == 1


@pytest.mark.django_db
def test_a_token_from_another_session_is_ignored(post, client, publisher):
    client.force_login(publisher)
    token = kept_token(refused_with(post, make_pdf()))
    someone_else = staff_member("another-publisher", "Publisher")
    client.force_login(someone_else)  # a new session

    response = post(ADD_URL, publication_form(kept_file=token))

    assert response.status_code == 200
    assert "This field is required." in page_text(response)
    assert "You chose" not in page_text(response)
    assert not PublicationContent.admin_manager.filter(slug="a-new-strategy").exists()
    assert KeptUpload.objects.filter(token=token).exists()  # still the first session's


@pytest.mark.django_db
def test_the_kept_pdf_is_checked_again_when_it_is_saved(post, client, publisher):
    client.force_login(publisher)
    token = kept_token(refused_with(post, make_pdf()))
    kept = KeptUpload.objects.get(token=token)
    with default_storage.open(kept.file.name, "wb") as stored:  # changed behind the form's back
        stored.write(b"Not a PDF any more")

    response = post(ADD_URL, publication_form(kept_file=token))

    assert response.status_code == 200
    assert (
        "This file is not a PDF: it looks like plain text. Save it as a PDF and upload it again."
        in page_text(response)
    )
    assert not PublicationContent.admin_manager.filter(slug="a-new-strategy").exists()


@pytest.mark.django_db
def test_a_drafts_new_pdf_is_kept_across_an_error_too(post, client, publisher, make_publication):
    published = make_publication(title="Live five")
    draft = new_draft(published, publisher)
    client.force_login(publisher)
    pdf = make_pdf(4, text="The new edition")

    refused = post(
        change_url(draft),
        publication_form(draft, slug="feed", file=SimpleUploadedFile("New edition.pdf", pdf)),
    )
    assert "is used by the website itself" in page_text(refused)
    assert "You chose New edition.pdf" in page_text(refused)
    saved = post(change_url(draft), publication_form(draft, kept_file=kept_token(refused)))

    assert saved.status_code == 302
    draft.refresh_from_db()
    assert (draft.original_filename, draft.page_count) == ("New edition.pdf", 4)
    assert draft.file.open("rb").read() == pdf
    assert kept_files_in_storage() == []


def kept_at(age, name):
    kept = keep(ContentFile(make_pdf(), name=name), PdfFacts(size=1, pages=1), {})
    KeptUpload.objects.filter(pk=kept.pk).update(kept_at=timezone.now() - age)
    return kept


@pytest.mark.django_db
def test_the_daily_command_removes_only_unsaved_uploads_older_than_a_day(
    post, client, publisher, files_in_storage
):
    old = kept_at(timedelta(hours=25), "old.pdf")
    recent = kept_at(timedelta(hours=23), "recent.pdf")
    stray = default_storage.save(f"{KEPT_FOLDER}/stray.pdf", ContentFile(b"left by a failure"))
    day_old = (timezone.now() - timedelta(hours=25)).timestamp()
    os.utime(default_storage.path(stray), (day_old, day_old))
    fresh_stray = default_storage.save(f"{KEPT_FOLDER}/fresh.pdf", ContentFile(b"just now"))
    client.force_login(publisher)  # one saved the form's way: its file is the version's
    token = kept_token(refused_with(post, make_pdf()))
    KeptUpload.objects.filter(token=token).update(kept_at=timezone.now() - timedelta(days=2))
    post(ADD_URL, publication_form(kept_file=token))
    saved = PublicationContent.admin_manager.get(slug="a-new-strategy")
    publications_files = files_in_storage()
    out = io.StringIO()

    call_command("delete_unsaved_uploads", stdout=out)

    assert list(KeptUpload.objects.all()) == [recent]
    assert kept_files_in_storage() == sorted(
        name.split("/")[-1] for name in (recent.file.name, fresh_stray)
    )
    assert not default_storage.exists(old.file.name)
    assert files_in_storage() == publications_files and saved.file.storage.exists(saved.file.name)
    assert "Deleted 2 unsaved uploads kept for over a day." in out.getvalue()
