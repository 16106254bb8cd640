"""A publication's HTML version is empty unless it says something.

An untouched rich-text editor sends ``<p></p>``; stored as it is, the list would offer
an "HTML version" link and the page a heading with nothing under it. HTML made only of
empty paragraphs, line breaks, non-breaking spaces and white space is stored as no HTML
version at all, whoever sends it (the admin's form, the import command, a script): the
model's ``save`` asks this one function::

    html_version_or_blank("<p></p>")                     # ""
    html_version_or_blank("<p>&nbsp;<br></p>\\n<p> </p>")  # ""
    html_version_or_blank("<p>Our plan</p>")             # "<p>Our plan</p>"
"""

import re

# Markup that shows nothing on its own: paragraphs and blocks (with any attributes), line
# breaks, white space (non-breaking and zero-width spaces included) and their entities.
NOTHING_TO_READ = re.compile(
    r"(?:\s|\u200b|&nbsp;|&#160;|&#x0*a0;|&#8203;"
    r"|<(?:p|div|span|br)\b[^<>]*>|</(?:p|div|span|br)\s*>)*",
    re.IGNORECASE,
)


def html_version_or_blank(html: str | None) -> str:
    """``html`` as it is, or "" if a reader would find nothing in it."""
    if not html or NOTHING_TO_READ.fullmatch(html):
        return ""
    return html
