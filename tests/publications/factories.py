"""Publications for tests, built with factory-boy: a real (generated) PDF, checked as an upload.

PublicationFactory()                                   # a published strategy, one page
PublicationFactory(kind="plan", pages=3, topics=["send"], state="draft")
PublicationFactory(state="withdrawn")                  # published once, unpublished now

Each is a ``PublicationContent`` (one version) of its own ``Publication``, saved
through ``publications.publishing.add_publication`` as the import command saves
one, its version credited to a test account.
"""

import itertools

import factory
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils.text import slugify
from djangocms_versioning.models import Version
from fpdf import FPDF

from publications.models import PublicationContent, Topic
from publications.publishing import add_publication

STATES = ("published", "draft", "withdrawn")
BULK_NUMBERS = itertools.count(1)


def make_pdf(pages=1, text="A test document") -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"{text}, page {number + 1}")
    return bytes(pdf.output())


def test_author():
    user, _ = get_user_model().objects.get_or_create(
        username="test-author", defaults={"is_active": False}
    )
    return user


class PublicationFactory(factory.django.DjangoModelFactory):
    """A publication saved as the import saves one: validated first (the PDF is checked)."""

    class Meta:
        model = PublicationContent
        skip_postgeneration_save = True

    class Params:
        pages = 1

    title = factory.Sequence(lambda n: f"Test publication {n + 1}")
    slug = factory.LazyAttribute(lambda publication: slugify(publication.title))
    kind = "strategy"
    summary = factory.LazyAttribute(lambda publication: f"Summary of {publication.title}.")
    document_year = 2024
    # the name a person's file had: a download is named after it, not after the title
    file = factory.LazyAttributeSequence(
        lambda made, n: ContentFile(make_pdf(made.pages), name=f"Test Publication {n + 1}.pdf")
    )

    @classmethod
    def _create(cls, model_class, *args, state="published", topics=(), **kwargs):
        assert state in STATES, state
        publication = model_class(*args, **kwargs)
        publication.full_clean(exclude=["publication"])
        topic_rows = [
            Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in topics
        ]
        author = test_author()
        add_publication(publication, author=author, topics=topic_rows, publish=state != "draft")
        if state == "withdrawn":
            Version.objects.get_for_content(publication).unpublish(author)
        return publication


def bulk_published(count, *, title="Bulk publication", **fields):
    """``count`` published publications written straight to the database, for tests that
    need hundreds: each a publication, one content, its published version and its address,
    as scripts/bench/dataset.py writes them (``add_published_in_bulk``). No signals are sent,
    so nothing is indexed or refreshed. They share one small PDF. Titles are numbered
    ("Bulk publication 123"), slugs follow; ``fields`` are given to every one.
    Returns the contents, in the order made.
    """
    from django.core.files.storage import default_storage

    from publications.publishing import add_published_in_bulk

    pdf = default_storage.save("publications/bulk.pdf", ContentFile(make_pdf()))
    pdf_size = default_storage.size(pdf)
    contents = []
    for _ in range(count):
        numbered = f"{title} {next(BULK_NUMBERS)}"
        defaults = {
            "title": numbered,
            "slug": slugify(numbered),
            "kind": "report",
            "summary": f"Summary of {numbered}.",
            "body": f"<p>Body of {numbered}.</p>",
            "document_year": 2024,
            "file": pdf,
            "original_filename": "bulk.pdf",
            "file_size": pdf_size,
            "page_count": 1,
        }
        contents.append(PublicationContent(**(defaults | fields)))
    return add_published_in_bulk(contents, author=test_author())
