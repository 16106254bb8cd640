"""Fixtures for publications tests: records from tests/publications/factories.py, and the
steps of djangocms-versioning a Publisher takes in the admin (new draft, publish...)."""

import io
import re
from html import unescape

import pytest
from django.urls import reverse
from djangocms_versioning.constants import DRAFT
from djangocms_versioning.models import Version

from publications.models import PublicationContent
from tests.publications.factories import PublicationFactory, make_pdf


@pytest.fixture
def pdf_bytes():
    return make_pdf


@pytest.fixture
def make_publication(seeded_site):
    """Create a publication (with a real PDF; published unless ``state=``) and return its
    version, a ``PublicationContent``: PublicationFactory.

    The seeded site is there too: the list lives at its /publications/ page.
    """
    return PublicationFactory


def stored_files(settings):
    """Every file under MEDIA_ROOT/publications, to prove nothing stray was stored."""
    root = settings.MEDIA_ROOT / "publications"
    return sorted(p.name for p in root.glob("*")) if root.exists() else []


@pytest.fixture
def files_in_storage(settings):
    return lambda: stored_files(settings)


@pytest.fixture
def as_upload():
    from django.core.files.uploadedfile import SimpleUploadedFile

    def upload(data, name="document.pdf", content_type="application/pdf"):
        return SimpleUploadedFile(name, data, content_type=content_type)

    return upload


__all__ = ["make_pdf", "io"]


def listed_titles(response):
    html = response.content.decode()
    return [unescape(t) for t in re.findall(r'dccs-publication__title"><a [^>]+>([^<]+)<', html)]


LIBRARY = {"Early help strategy", "SEND strategy", "Youth plan", "Annual report"}


@pytest.fixture
def library(make_publication):
    make_publication(
        title="Early help strategy",
        kind="strategy",
        document_year=2023,
        topics=["early-help"],
        summary="How we help families early.",
    )
    make_publication(
        title="SEND strategy",
        kind="strategy",
        document_year=2022,
        topics=["send"],
        summary="Special educational needs.",
    )
    make_publication(
        title="Youth plan",
        kind="plan",
        document_year=2023,
        topics=["early-help"],
        summary="A plan for young people.",
    )
    make_publication(
        title="Annual report",
        kind="report",
        document_year=2021,
        summary="The year in review.",
        body="<p>Care leavers and housing.</p>",
    )


def publication_form(record=None, **overrides):
    """The publication admin's form as a person fills it in: a new one, or ``record`` as it is."""
    data = {
        "title": record.title if record else "A new strategy",
        "slug": record.slug if record else "a-new-strategy",
        "kind": "strategy",
        "summary": "What it is for.",
        "document_year": "2026",
        "date_submitted": "2026-11-20",
        "body": "",
    }
    return {**data, **overrides}


ADD_URL = "/admin/publications/publicationcontent/add/"


def change_url(content):
    return f"/admin/publications/publicationcontent/{content.pk}/change/"


def version_of(content):
    return Version.objects.get_for_content(content)


def version_admin_url(action, content):
    """djangocms-versioning's admin view ``action`` (publish, unpublish, edit_redirect,
    revert...) for this content's version: what its buttons post to."""
    name = f"admin:djangocms_versioning_publicationcontentversion_{action}"
    return reverse(name, args=[version_of(content).pk])


def versions_url(content):
    """The publication's "Manage versions" list."""
    return (
        reverse("admin:djangocms_versioning_publicationcontentversion_changelist")
        + f"?publication={content.publication_id}"
    )


def draft_of(content):
    """The publication's draft version (after "New draft" or a revert), or None."""
    return PublicationContent.admin_manager.filter(
        publication=content.publication_id, versions__state=DRAFT
    ).first()


def new_draft(content, user):
    """A new draft of a published version, credited to (and locked for) ``user``."""
    return version_of(content).copy(user).content


def publish(content, user):
    version_of(content).publish(user)


def a_publication_with_three_files(author, title="Three files"):
    """A publication whose first file was replaced (kept as an earlier file), whose second
    is published, and whose draft (``author``'s) has a third. Returns the published version
    and, by each file's original name, (the staff route for it, the PDF's bytes)."""
    from django.core.files.base import ContentFile

    first = PublicationFactory(title=title, file=ContentFile(make_pdf(1), name="First.pdf"))
    second = new_draft(first, author)
    second.file = ContentFile(make_pdf(2, text="Second"), name="Second edition (final).pdf")
    second.full_clean()
    second.save()
    publish(second, author)
    third = new_draft(second, author)
    third.file = ContentFile(make_pdf(3, text="Third"), name="Third draft.pdf")
    third.full_clean()
    third.save()
    earlier = first.publication.earlier_files.get()
    routes = {
        "First.pdf": reverse(
            "admin:publications_publicationcontent_earlier_file", args=[earlier.pk]
        ),
        "Second edition (final).pdf": reverse(
            "admin:publications_publicationcontent_file", args=[second.pk]
        ),
        "Third draft.pdf": reverse("admin:publications_publicationcontent_file", args=[third.pk]),
    }
    stored = {"First.pdf": earlier.file, "Second edition (final).pdf": second.file}
    stored["Third draft.pdf"] = third.file
    return second, {name: (routes[name], stored_bytes(stored[name])) for name in routes}


def stored_bytes(stored_file):
    with stored_file.open("rb") as pdf:
        return pdf.read()
