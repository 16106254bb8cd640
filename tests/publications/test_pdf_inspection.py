"""Only real, readable PDFs are accepted; a refused upload leaves nothing behind."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader, PdfWriter

from publications.models import Publication, PublicationContent
from publications.pdf_inspection import PLAIN_TEXT, SIGNATURES, TEXT_SIGNATURES, not_a_pdf
from publications.publishing import add_publication
from tests.publications.conftest import make_pdf
from tests.publications.factories import test_author as an_author


def encrypted_pdf():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(2))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_file():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("report.pdf", make_pdf())
    return out.getvalue()


BAD_FILES = {
    "html": (b"<!DOCTYPE html><html><body>Not a PDF</body></html>", "a web page (HTML)"),
    "svg": (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "SVG"),
    "script": (b"#!/bin/sh\nrm -rf /\n", "a script"),
    "zip": (zip_file(), "ZIP archive"),
    "empty": (b"", "The file is empty"),
    "truncated": (make_pdf(3)[:600], "incomplete"),
    "garbage": (b"%PDF-1.7\nthis is not really a pdf at all\n%%EOF\n", "could not be read"),
    "encrypted": (encrypted_pdf(), "protected by a password"),
}


def new_publication(upload):
    """A first version, as yet without its publication (``add_publication`` makes that)."""
    return PublicationContent(
        title="A strategy",
        slug="a-strategy",
        kind="strategy",
        summary="What it is for.",
        document_year=2024,
        file=upload,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("case", BAD_FILES)
def test_every_kind_of_bad_file_is_refused_with_its_reason(case, as_upload, files_in_storage):
    data, reason = BAD_FILES[case]
    before = files_in_storage()

    with pytest.raises(ValidationError) as refused:
        new_publication(as_upload(data, name=f"upload.{case}")).full_clean(exclude=["publication"])

    assert reason in " ".join(refused.value.message_dict["file"])
    assert files_in_storage() == before


@pytest.mark.django_db
def test_saving_without_clean_refuses_too_and_stores_nothing(as_upload, files_in_storage):
    before = files_in_storage()
    publications = Publication.objects.count()

    with pytest.raises(ValidationError):
        add_publication(new_publication(as_upload(b"<html>nope</html>")), author=an_author())

    assert files_in_storage() == before
    assert not PublicationContent.admin_manager.filter(slug="a-strategy").exists()
    assert Publication.objects.count() == publications


@pytest.mark.django_db
def test_a_file_over_the_size_limit_is_refused(as_upload, settings):
    settings.PUBLICATIONS_MAX_UPLOAD_BYTES = 1024
    with pytest.raises(ValidationError) as refused:
        new_publication(as_upload(make_pdf(5))).full_clean(exclude=["publication"])

    assert "the largest file accepted is 1 KB" in refused.value.message_dict["file"][0]


@pytest.mark.django_db
def test_a_good_pdf_gets_its_size_and_pages_from_the_file(as_upload):
    data = make_pdf(pages=3)
    publication = new_publication(as_upload(data, name="Our Strategy 2024.pdf"))
    publication.full_clean(exclude=["publication"])
    add_publication(publication, author=an_author())

    assert (publication.file_size, publication.page_count) == (len(data), 3)
    assert publication.original_filename == "Our Strategy 2024.pdf"
    # Stored under a generated name, never the uploaded one.
    assert "Our Strategy" not in publication.file.name
    assert publication.file.name.startswith("publications/")


@pytest.mark.django_db
def test_a_pdf_that_hangs_the_parser_is_stopped(as_upload, settings, monkeypatch):
    """The check runs in a child with a time limit; a stuck child is reported, not waited on."""
    import subprocess

    def stuck(*args, **kwargs):
        raise subprocess.TimeoutExpired(cmd=args[0], timeout=kwargs["timeout"])

    monkeypatch.setattr("publications.pdf_inspection.subprocess.run", stuck)
    never_checked = make_pdf(text="A document no earlier test uploaded")  # not counted before
    with pytest.raises(ValidationError) as refused:
        new_publication(as_upload(never_checked)).full_clean(exclude=["publication"])

    assert "took too long" in refused.value.message_dict["file"][0]


def test_a_file_checked_once_is_not_read_again_in_a_new_child(as_upload, monkeypatch):
    """The same bytes always have the same page count (a seed run again, the same PDF twice)."""
    import subprocess

    from publications.pdf_inspection import inspect_pdf

    pdf = make_pdf(pages=3, text="A document checked once")
    children = []
    real_run = subprocess.run
    monkeypatch.setattr(
        "publications.pdf_inspection.subprocess.run",
        lambda *args, **kwargs: children.append(args) or real_run(*args, **kwargs),
    )

    facts = [inspect_pdf(as_upload(pdf)), inspect_pdf(as_upload(pdf))]

    assert [fact.pages for fact in facts] == [3, 3]
    assert len(children) == 1


@pytest.mark.django_db
def test_a_text_file_named_pdf_is_refused_in_plain_words(as_upload):
    upload = as_upload(b"Minutes of the meeting\nAll present.\n", name="minutes.pdf")

    with pytest.raises(ValidationError) as refused:
        new_publication(upload).full_clean(exclude=["publication"])

    assert refused.value.message_dict["file"] == [
        "This file is not a PDF: it looks like plain text. Save it as a PDF and upload it again."
    ]


@pytest.mark.parametrize(
    ("head", "looks_like"),
    [
        *((signature + b"\x00\x01\x02", description) for signature, description in SIGNATURES),
        *((f" {signature} x".encode(), description) for signature, description in TEXT_SIGNATURES),
        ("Café menu, £4".encode("cp1252"), PLAIN_TEXT),
        ("Compte rendu de la réunion".encode()[:24], PLAIN_TEXT),  # cut inside a character
        ("Notes".encode("utf-16"), PLAIN_TEXT),
    ],
)
def test_each_kind_of_file_known_is_named_once(head, looks_like):
    message = not_a_pdf(head).messages[0]

    assert message == (
        f"This file is not a PDF: it looks like {looks_like}. Save it as a PDF and upload it again."
    )
    assert message.count("PDF") == 2  # "not a PDF" once, never "not a PDF, not a PDF"


def test_a_file_like_nothing_known_is_refused_without_a_guess():
    assert not_a_pdf(b"\x00\x13\x8a binary").messages == [
        "This file is not a PDF. Save it as a PDF and upload it again."
    ]
