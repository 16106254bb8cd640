"""Seed the publications list from the department's "Strategies, plans and reports".

The real PDFs are not available, so each gets a small generated PDF saying which
document it stands in for (with the full text, where the site has it), marked as a
stand-in with the size its source prints for the real one. Idempotent:
a publication whose address exists already (now or in its history) is left alone.
"""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from publications.models import PublicationContent, PublicationSettings, PublicationSlug, Topic
from publications.publishing import add_publication
from publications.seed_data import SEED_PUBLICATIONS
from publications.seed_types import SeedPublication
from publications.stand_in_pdf import stand_in_pdf

# Until the department gives a general address: the Children and Families team's
# published email (source document 001).
ACCESSIBLE_FORMAT_EMAIL = "children.duty@cityoflondon.gov.uk"


def stand_in_note(seed: SeedPublication) -> str:
    added = (
        f" (added to the website on {seed.date_submitted:%-d %B %Y})" if seed.date_submitted else ""
    )
    if seed.body_html:
        return (
            f'This PDF stands in for the published document "{seed.title}"{added}. '
            "It holds the document's full text."
        )
    return (
        f'This PDF stands in for the published document "{seed.title}"{added}. The original '
        "PDF is not yet available on this website: contact the Children and Families team for "
        "a copy."
    )


def create_publication(seed: SeedPublication, author) -> PublicationContent:
    pdf = stand_in_pdf(seed.title, stand_in_note(seed), seed.body_html)
    publication = PublicationContent(
        title=seed.title,
        slug=seed.slug,
        kind=seed.kind,
        summary=seed.summary,
        body=seed.body_html,
        file=ContentFile(pdf, name=f"{seed.slug}.pdf"),
        document_year=seed.document_year,
        document_date=seed.document_date,
        date_submitted=seed.date_submitted,
        # Marked by the seed itself (never worked out from the file): readers are told the
        # published document is not here yet. Uploading the real PDF clears the mark.
        stand_in=True,
        published_size=seed.published_size,
    )
    publication.full_clean(exclude=["publication"])
    topics = [
        Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
        for name in seed.topics
    ]
    return add_publication(publication, author=author, topics=topics, publish=True)


@transaction.atomic
def seed_publications(author) -> list[str]:
    """Create the seeded publications that are missing, published and credited to ``author``
    (``Version.created_by`` is required); return their titles."""
    if not PublicationSettings.objects.exists():
        PublicationSettings.objects.create(accessible_format_email=ACCESSIBLE_FORMAT_EMAIL)
    created = []
    for seed in SEED_PUBLICATIONS:
        if PublicationSlug.objects.filter(slug=seed.slug).exists():
            continue
        if PublicationContent.admin_manager.filter(slug=seed.slug).exists():
            continue
        create_publication(seed, author)
        created.append(seed.title)
    return created
