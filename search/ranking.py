"""Where search ranks: the entries matching a query, best first.

On PostgreSQL it is full-text search over ``SearchEntry.search_vector``:
websearch syntax ("quoted phrases", -excluded, or), English stemming, ranked
by ts_rank with title weighing more than summary, and summary more than body
(search/models.py gives the weights); ts_headline cuts the snippet and marks the
matched words. Elsewhere (SQLite, for local runs) every word must appear
somewhere in the entry, whatever its case; a word in the title ranks above one
in the summary, which ranks above one in the body. On both, an entry whose
title is exactly what was searched for comes first::

    matches = find("early help")  # SearchEntry queryset, best first
    results = results_for(matches[:20], "early help")  # search/results.py: highlighted

What is in the index, and when it changes, is search/index.py.
"""

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connections
from django.db.models import Case, F, FloatField, Q, TextField, Value, When
from django.db.models.functions import Concat

from search.forms import search_words
from search.models import SEARCH_CONFIG, SearchEntry

# ts_headline's highlight markers: private-use characters the index never holds
# (search/text.py removes them), turned into <mark> after escaping (search/results.py).
MARK_START, MARK_END = "\ue000", "\ue001"
QUOTES = " \"'‘’“”"
EXACT_TITLE_BONUS = 100.0


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
