"""Fixtures for publications tests: records from tests/publications/factories.py."""

import io
import re
from html import unescape

import pytest

from tests.publications.factories import PublicationFactory, make_pdf


@pytest.fixture
def pdf_bytes():
    return make_pdf


@pytest.fixture
def make_publication(seeded_site):
    """Create a published publication (with a real PDF) and return it: PublicationFactory.

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
        "earlier_files-TOTAL_FORMS": "0",
        "earlier_files-INITIAL_FORMS": "0",
    }
    return {**data, **overrides}
