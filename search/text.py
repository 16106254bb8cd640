"""The words the site search indexes.

Plain text of HTML, and of what a page's plugins render for an anonymous visitor::

    plain_text("<p>Early&nbsp;help</p><p>for families</p>")  # "Early help for families"
    rendered_page_text(page_content)  # the words in its placeholders
"""

import logging
from html.parser import HTMLParser

from django.conf import settings
from django.db.models import Q
from django.utils.html import escape

logger = logging.getLogger(__name__)

# A tsvector holds at most 1 MB; a document this long stays well inside it.
MAX_BODY_CHARACTERS = 100_000
# The search's highlight markers (search/ranking.py) never come from indexed text.
RESERVED_CHARACTERS = {0xE000: None, 0xE001: None, 0x00AD: None, 0x0000: None}
SKIPPED_ELEMENTS = {"script", "style", "template", "svg", "noscript"}


class _PlainText(HTMLParser):
    """The text of an HTML fragment, with a space wherever one element meets another."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag == "wbr":  # where a long word may break (an email address): still one word
            return
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIPPED_ELEMENTS and self.skipping:
            self.skipping -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def tidy(text: str) -> str:
    """Text with whitespace collapsed and the reserved characters removed."""
    return " ".join((text or "").translate(RESERVED_CHARACTERS).split())


def plain_text(html: str) -> str:
    """Readable text of an HTML fragment: no tags, entities decoded, whitespace collapsed."""
    parser = _PlainText()
    parser.feed(html or "")
    parser.close()
    return tidy("".join(parser.parts))


def language():
    return settings.LANGUAGE_CODE


def published_page_contents():
    """The published content of every page the public may see on this site."""
    from cms.models import PageContent

    return PageContent.objects.filter(
        Q(redirect="") | Q(redirect__isnull=True),  # a redirecting page has no words to find
        language=language(),
        page__site_id=settings.SITE_ID,
        page__is_page_type=False,
        page__login_required=False,
    ).select_related("page")


def rendered_page_text(content) -> str:
    """What the page's plugins say to an anonymous visitor, as plain text."""
    from cms.plugin_rendering import ContentRenderer
    from cms.utils.plugins import assign_plugins
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory
    from sekizai.context import SekizaiContext

    page = content.page
    # Plugins render for a request: this one is an anonymous visitor's, at the page's address.
    request = RequestFactory().get(page.get_absolute_url(language()) or "/")
    request.user = AnonymousUser()
    request.session = {}
    request.current_page = page
    renderer = ContentRenderer(request)
    context = SekizaiContext({"request": request})
    placeholders = list(content.get_placeholders())
    assign_plugins(request, placeholders, content.get_template(), language())
    parts = []
    for placeholder in placeholders:
        for plugin in placeholder._plugins_cache:
            try:
                parts.append(plugin_words(plugin, renderer, context, placeholder))
            except Exception:  # one broken plugin must not keep the page out of search
                logger.exception("Search index: plugin %s on page %s", plugin.pk, page.pk)
    return plain_text(" ".join(parts))[:MAX_BODY_CHARACTERS]


def plugin_words(plugin, renderer, context, placeholder) -> str:
    """A plugin's words as HTML: what it renders, or what its ``search_text(instance)`` says.

    A plugin whose render changes by the minute (the contact card says whether the
    office is open now) gives the words that do not change instead.
    """
    instance, plugin_class = plugin.get_plugin_instance()
    search_text = getattr(plugin_class, "search_text", None)
    if search_text is None or instance is None:
        return renderer.render_plugin(plugin, context, placeholder)
    return escape(search_text(instance))
