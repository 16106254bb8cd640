"""What readers are told where a PDF only stands in for the published document.

The seed marks such a version (``PublicationContent.stand_in``, with the size its source
prints, ``published_size``); uploading the real PDF clears the mark. Wherever the file is
offered (the list, the latest publications, the publication's page, the feed, the exports)
the same words say so and point to where to ask for the document::

    stand_in_label_html(publication, "children.duty@cityoflondon.gov.uk")
    # The published document is not on this site yet: this file only stands in for it.
    # Published size: 2MB. <a href="mailto:...">Ask for the document or an accessible format</a>
"""

from urllib.parse import quote

from django.utils.html import format_html

NOT_HERE_YET = "The published document is not on this site yet: this file only stands in for it."
ASK = "Ask for the document or an accessible format"
# Where to ask when no email for accessible formats is set (the publication page then has
# no "Request an accessible format" section either).
CONTACT_PAGE = "/contact/"


def accessible_format_mailto(email: str, title: str) -> str:
    """The publication page's "Request an accessible format" address, its subject filled in."""
    return f"mailto:{email}?subject={quote(f'Accessible format request: {title}')}"


def label_sentences(publication) -> str:
    """What the file is, and the published document's size where its source gives one."""
    if not publication.published_size:
        return NOT_HERE_YET
    return f"{NOT_HERE_YET} Published size: {publication.published_size}."


def ask_address(publication, email: str | None, contact_page: str = CONTACT_PAGE) -> str:
    return accessible_format_mailto(email, publication.title) if email else contact_page


def stand_in_label_html(publication, email: str | None):
    """The label, its last words a link to ask for the document (for pages)."""
    return format_html(
        '{} <a class="govuk-link" href="{}">{}<span class="govuk-visually-hidden">: {}</span></a>',
        label_sentences(publication),
        ask_address(publication, email),
        ASK,
        publication.title,
    )


def stand_in_label_feed_html(publication, email: str | None, contact_page: str):
    """The label for a feed's summary (HTML, read outside the site: absolute addresses)."""
    return format_html(
        '{} <a href="{}">{}</a>.',
        label_sentences(publication),
        ask_address(publication, email, contact_page),
        ASK,
    )
