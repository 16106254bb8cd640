"""Search results as shown: escaped titles and snippets with the matched words in <mark>.

On PostgreSQL the snippets come from ts_headline (search/ranking.py); on SQLite
they are cut here around the first match. A page's address is read afresh, so a
page moved since it was indexed is still found at its new address.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.forms import search_words
from search.models import SearchEntry
from search.ranking import MARK_END, MARK_START, on_postgresql

SNIPPET_CHARACTERS = 240


def marked(headline: str) -> SafeString:
    """ts_headline's text, escaped, with its markers as <mark> elements."""
    return mark_safe(  # noqa: S308 (escaped first; the markers never come from the text)
        escape(headline).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    )


def _word_pattern(words):
    """The words where a word starts ("plan" in "plans", not "b" in "number"), any case."""
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE)


def highlighted(text: str, words: list[str]) -> SafeString:
    """The text, escaped, with each occurrence of the words in a <mark> element."""
    if not words:
        return escape(text)
    pieces, position = [], 0
    for match in _word_pattern(words).finditer(text):
        pieces += [escape(text[position : match.start()]), "<mark>", escape(match[0]), "</mark>"]
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of the text is escaped)


def excerpt(text: str, words: list[str], length: int = SNIPPET_CHARACTERS) -> str:
    """About ``length`` characters of the text around the first of the words, cut at spaces."""
    match = _word_pattern(words).search(text) if words else None
    start = max(0, match.start() - length // 4) if match else 0
    if start:
        start = text.find(" ", start) + 1 or start
    end = start + length
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    cut = text[start:end].strip()
    return f"{'… ' if start else ''}{cut}{' …' if end < len(text) else ''}"


@dataclass(frozen=True)
class SearchResult:
    """One result as shown: its title and snippet are escaped HTML with <mark>ed matches."""

    label: str
    url: str
    title: SafeString
    snippet: SafeString


def current_page_addresses(page_ids):
    """Where the pages are now (two queries): a page moved since it was indexed is still found."""
    from cms.models import Page

    pages = Page.objects.filter(pk__in=page_ids).prefetch_related("urls")
    return {page.pk: page.get_absolute_url(settings.LANGUAGE_CODE) for page in pages}


def results_for(entries, text: str) -> list[SearchResult]:
    """The entries as results, titles and snippets highlighted."""
    entries = list(entries)
    page_ids = [entry.object_id for entry in entries if entry.kind == SearchEntry.Kind.PAGE]
    addresses = current_page_addresses(page_ids) if page_ids else {}
    full_text, words = on_postgresql(), search_words(text)
    results = []
    for entry in entries:
        if full_text:
            title, snippet = marked(entry.marked_title), marked(entry.snippet)
        else:
            title = highlighted(entry.title, words)
            snippet = highlighted(excerpt(f"{entry.summary} {entry.body}".strip(), words), words)
        url = entry.url
        if entry.kind == SearchEntry.Kind.PAGE:
            url = addresses.get(entry.object_id) or url
        results.append(SearchResult(entry.label, url, title, snippet))
    return results
