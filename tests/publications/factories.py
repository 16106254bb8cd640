"""Publications for tests, built with factory-boy: a real (generated) PDF, checked as an upload.

PublicationFactory()                                   # a published strategy, one page
PublicationFactory(kind="plan", pages=3, topics=["send"], is_published=False)
"""

import factory
from django.core.files.base import ContentFile
from django.utils.text import slugify
from fpdf import FPDF

from publications.models import Publication, Topic


def make_pdf(pages=1, text="A test document") -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"{text}, page {number + 1}")
    return bytes(pdf.output())


class PublicationFactory(factory.django.DjangoModelFactory):
    """A publication saved as the admin saves one: validated first (the PDF is checked)."""

    class Meta:
        model = Publication
        skip_postgeneration_save = True  # topics are added after the save, nothing to save again

    class Params:
        pages = 1

    title = factory.Sequence(lambda n: f"Test publication {n + 1}")
    slug = factory.LazyAttribute(lambda publication: slugify(publication.title))
    kind = "strategy"
    summary = factory.LazyAttribute(lambda publication: f"Summary of {publication.title}.")
    document_year = 2024
    is_published = True
    # the name a person's file had: a download is named after it, not after the title
    file = factory.LazyAttributeSequence(
        lambda made, n: ContentFile(make_pdf(made.pages), name=f"Test Publication {n + 1}.pdf")
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        publication = model_class(*args, **kwargs)
        publication.full_clean()
        publication.save()
        return publication

    @factory.post_generation
    def topics(publication, create, names, **kwargs):
        for name in names or ():
            topic = Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            publication.topics.add(topic)
