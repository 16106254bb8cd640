"""Site search: /search/?q= across published pages and publications, best first.

On PostgreSQL it is full-text search over ``SearchEntry.search_vector``:
websearch syntax ("quoted phrases", -excluded, or), English stemming, ranked
by ts_rank with title weighing more than summary, and summary more than body;
ts_headline cuts the snippet and marks the matched words. Elsewhere (SQLite,
for local runs) every word must appear somewhere in the entry, whatever its
case; a word in the title ranks above one in the summary, which ranks above
one in the body, and the snippet is cut around the first match. On both, an
entry whose title is exactly what was searched for comes first::

    matches = find("early help")  # SearchEntry queryset, best first
    results = results_for(matches[:20], "early help")  # with escaped, highlighted text
"""

import re
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Case, F, FloatField, Q, TextField, Value, When
from django.db.models.functions import Concat
from django.shortcuts import render
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from pages.models.search import SEARCH_CONFIG, SearchEntry

RESULTS_PER_PAGE = 20
MAX_QUERY_CHARACTERS = 200
MAX_WORDS = 12  # each word is three LIKE conditions on SQLite
SNIPPET_CHARACTERS = 240
# ts_headline's highlight markers: private-use characters the index never holds
# (pages/search_index.py removes them), turned into <mark> after escaping.
MARK_START, MARK_END = "\ue000", "\ue001"
# Control characters (NUL included), lone surrogates and the markers: never searched for.
UNSEARCHABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ue000\ue001]")
QUOTES = " \"'‘’“”"
EXACT_TITLE_BONUS = 100.0


def clean_query(text: str) -> str:
    """What to search for: no control characters, single spaces, at most 200 characters."""
    words = " ".join(UNSEARCHABLE.sub(" ", text or "").split())
    return words[:MAX_QUERY_CHARACTERS].strip()


def search_words(text: str) -> list[str]:
    """The distinct words of a query, in order (punctuation and search syntax dropped)."""
    words = dict.fromkeys(word.casefold() for word in re.findall(r"\w+", text))
    return list(words)[:MAX_WORDS]


class QueryField(forms.CharField):
    """Search words are cleaned rather than refused: no query is ever an error."""

    def to_python(self, value):
        return clean_query(super().to_python(value))


class SearchForm(forms.Form):
    q = QueryField(label="Search", required=False, strip=False)
    page = forms.IntegerField(
        required=False,
        min_value=1,
        error_messages={
            "invalid": "The page number must be a whole number, like 2.",
            "min_value": "The page number must be 1 or more.",
        },
    )


def on_postgresql() -> bool:
    return connections[SearchEntry.objects.db].vendor == "postgresql"


def exact_title_bonus(text: str):
    """Puts the entry whose whole title was searched for first."""
    return Case(
        When(title__iexact=text.strip(QUOTES), then=Value(EXACT_TITLE_BONUS)),
        default=Value(0.0),
        output_field=FloatField(),
    )


def find(text: str):
    """The entries matching the query, best first (a lazy queryset)."""
    return _find_full_text(text) if on_postgresql() else _find_words(text)


def _find_full_text(text):
    query = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
    marks = {"config": SEARCH_CONFIG, "start_sel": MARK_START, "stop_sel": MARK_END}
    return (
        SearchEntry.objects.filter(search_vector=query)
        .annotate(
            rank=SearchRank(F("search_vector"), query) + exact_title_bonus(text),
            # PostgreSQL works these out only for the rows of the page shown.
            marked_title=SearchHeadline("title", query, highlight_all=True, **marks),
            snippet=SearchHeadline(
                Concat("summary", Value(" "), "body", output_field=TextField()),
                query,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
                **marks,
            ),
        )
        .only("kind", "object_id", "url", "title", "label")
        .order_by("-rank", "title", "pk")
    )


def _find_words(text):
    words = search_words(text)
    if not words:
        return SearchEntry.objects.none()
    matches = SearchEntry.objects.all()
    rank = exact_title_bonus(text)
    for word in words:
        in_title, in_summary = Q(title__icontains=word), Q(summary__icontains=word)
        matches = matches.filter(in_title | in_summary | Q(body__icontains=word))
        rank += Case(
            When(in_title, then=Value(3.0)),
            When(in_summary, then=Value(2.0)),
            default=Value(1.0),
            output_field=FloatField(),
        )
    return matches.annotate(rank=rank).order_by("-rank", "title", "pk")


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


@require_safe
@cache_control(public=True, max_age=60)  # kept and shared like pages; a publish empties caches
def search(request):
    """The search page: the form, and the results for ``q`` a page at a time."""
    form = SearchForm(request.GET)
    valid = form.is_valid()
    query = form.cleaned_data.get("q", "")  # the words are cleaned, never refused
    context = {"form": form, "query": query, "query_string": urlencode({"q": query})}
    if not valid:
        return render(request, "search/results.html", context, status=400)
    if query:
        paginator = Paginator(find(query), RESULTS_PER_PAGE)
        page = paginator.get_page(form.cleaned_data["page"] or 1)
        context |= {
            "page_obj": page,
            "results": results_for(page.object_list, query),
            "page_numbers": paginator.get_elided_page_range(page.number, on_each_side=1),
        }
    return render(request, "search/results.html", context)
