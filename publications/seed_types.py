"""The shape of the seeded publications (data in ``seed_data.py``)."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SeedPublication:
    """One publication the seed creates if missing, with a generated stand-in PDF.

    ``date_submitted`` is the "Date submitted" its source gives, None where no source
    gives one (the site then shows no date and orders it by its year).
    ``document_year`` is the year staff filter on: the document's own date if the
    source gives one, else the year in its title, else the year it was added.
    ``document_date`` is set only where a source gives the document's own full
    date. ``body_html`` is the accessible HTML version, where the full text is
    known (h2 and below: the page prints the title as the h1). Every seeded PDF is a
    stand-in (the site has none of the published files); ``published_size`` is the
    published PDF's size exactly as its source prints it ("2MB"), where it gives one.
    """

    slug: str
    title: str
    kind: str
    topics: tuple[str, ...]
    summary: str
    date_submitted: date | None
    document_year: int
    document_date: date | None = None
    body_html: str = ""
    published_size: str = ""
