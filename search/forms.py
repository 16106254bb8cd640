"""What was searched for: the search form, and the words of a query.

No query is ever an error: the words are cleaned (control characters dropped,
at most 200 characters), never refused. Only a nonsense page number is::

    clean_query(" early\x00  help ")  # "early help"
    search_words('"Early help" -plans')  # ["early", "help", "plans"]
"""

import re

from django import forms
from django.utils.http import urlencode

MAX_QUERY_CHARACTERS = 200
MAX_WORDS = 12  # each word is three LIKE conditions on SQLite
# Control characters (NUL included), lone surrogates and the highlight markers
# (search/ranking.py): never searched for.
UNSEARCHABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ue000\ue001]")


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

    def error_paragraphs(self) -> list[tuple[str, str]]:
        """What the error summary says: the page number's problem, and the way to page 1."""
        paragraphs = [(str(error), "") for error in self.errors.get("page", ())]
        if query := self.cleaned_data.get("q", ""):
            first_page = "?" + urlencode({"q": query})
            paragraphs.append((f"See the first page of results for ‘{query}’", first_page))
        return paragraphs
