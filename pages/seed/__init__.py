"""The site's first content, written from the department's source documents.

The seed command reads only what is here: the project never reads the source
documents at run time. Each page's words live in ``content.py``.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class SeedPage:
    """One CMS page the seed creates if it is missing.

    ``sections`` are HTML fragments; each becomes one text plugin in the page's
    "content" placeholder, in order, so an editor can change one section
    without touching the others. The page template prints ``title`` as the
    only ``<h1>``, so sections start at ``<h2>``.
    """

    slug: str
    title: str
    menu_title: str
    meta_description: str
    sections: tuple[str, ...]
    in_navigation: bool = True
    template: str = "cms/page.html"
