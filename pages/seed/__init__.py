"""The site's first content, written from the department's source documents.

The seed command reads only what is here: the project never reads the source
documents at run time. Each page's words live in ``content/``, a module per page.
"""

from dataclasses import dataclass, field
from datetime import date

from pages.seed.sources import WRITTEN_FOR_THIS_SITE, newest_date


@dataclass(frozen=True)
class SeedPlugin:
    """A CMS plugin other than text placed among a page's sections, with its settings."""

    plugin_type: str
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SeedPage:
    """One CMS page the seed creates if it is missing.

    ``sections`` are HTML fragments; each becomes one text plugin in the page's
    "content" placeholder, in order, so an editor can change one section
    without touching the others. A ``SeedPlugin`` among them places that plugin
    instead. ``apphook`` attaches an application (e.g. the publications list).
    The page template prints ``title`` as the only ``<h1>``, so sections start
    at ``<h2>``.

    ``sources`` are the codes of the source documents its words come from (see
    ``pages.seed.sources``): its "Last updated" is the newest date they give, or,
    if none gives one, the day its words were written for this site (``written_on``).
    """

    slug: str
    title: str
    menu_title: str
    meta_description: str
    sections: tuple[str | SeedPlugin, ...]
    in_navigation: bool = True
    template: str = "cms/page.html"
    apphook: str = ""
    parent: str = ""  # the slug of the parent page (seeded before this one); "" for top level
    sources: tuple[str, ...] = ()  # () for a page about this website itself
    written_on: date | None = None  # a page about this website itself, if not WRITTEN_FOR_THIS_SITE

    @property
    def updated_on(self) -> date:
        """The date its "Last updated" shows until an editor publishes a change."""
        return newest_date(self.sources) or self.written_on or WRITTEN_FOR_THIS_SITE

    @property
    def path(self) -> str:
        """The page's address once seeded: "/", "/about/", "/about/performance/"."""
        if not self.slug:
            return "/"
        return f"/{self.parent}/{self.slug}/" if self.parent else f"/{self.slug}/"
