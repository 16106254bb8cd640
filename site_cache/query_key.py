"""What an anonymous request asks for, as the fast path keys it: the parameters its view reads.

A view says which query parameters it reads by putting their names on its
response (no import of this app: a plain attribute)::

    response = render(request, "publications/publication_list.html", context)
    response.query_parameters = ("q", "kind", "topic", "year", "page")

A page of django CMS's own (``cms.views.details``: a page without an apphook) reads
none. The fast path learns each path's parameters from its first answer (so the
publications list is keyed right wherever an editor moves its page) and forgets
them whenever the site's generation moves on (a page moved, an apphook attached).
Once a path's parameters are known, every other parameter is taken out of the
request before the view sees it, so no ``utm_campaign`` or ``gclid`` reaches a
link on a kept page, and ``/governance/?x=1`` is the page ``/governance/`` kept.
A path not learnt yet, or whose view declares nothing, is keyed with its whole
query string only when every parameter in it turned out to be declared; otherwise
the answer is the sender's alone, and leaves with ``s-maxage=0`` so that no shared
cache keeps it either.

The query string is also put in one order: by name, values of a repeated name in
the order they came (``?at=a&at=b`` and ``?at=b&at=a`` are two keys, since a view
reads the last), each pair encoded the same way. The view is given that query
string, so the key is exactly what it reads.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

# As Django's own limit on GET fields (DATA_UPLOAD_MAX_NUMBER_FIELDS): a longer
# query string is Django's to refuse, and never kept.
MAX_FIELDS = 1000


class AskedFor:
    """An anonymous GET or HEAD the fast path may answer: where, and its query's pairs."""

    __slots__ = ("scheme", "host", "path", "pairs")

    def __init__(self, scheme: str, host: str, path: str, pairs: list[tuple[str, str]]):
        self.scheme = scheme
        self.host = host
        self.path = path
        self.pairs = pairs

    def key(self, reads: frozenset[str] | None) -> tuple | None:
        """The key given the parameters the path's view reads (None: not known yet)."""
        if not self.pairs:
            return (self.scheme, self.host, self.path, "")
        if reads is None:
            return None
        return (self.scheme, self.host, self.path, canonical_query(self.read_by(reads)))

    def read_by(self, reads: frozenset[str]) -> list[tuple[str, str]]:
        """The pairs a view that reads these parameters is given."""
        return [pair for pair in self.pairs if pair[0] in reads]

    def all_read_by(self, reads: frozenset[str] | None) -> bool:
        """True when the view reads every parameter this request sent."""
        return reads is not None and all(name in reads for name, _ in self.pairs)


def canonical_query(pairs) -> str:
    """By name; a repeated name keeps its values' order (sorted() is stable)."""
    return urlencode(sorted(pairs, key=lambda pair: pair[0]))


def query_pairs(query: str) -> list[tuple[str, str]] | None:
    """The query string's (name, value) pairs as Django reads them; None if it refuses them."""
    if not query:
        return []
    try:
        return parse_qsl(query, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        return None


def give_view_only(request, pairs) -> None:
    """Replace the request's query string with these pairs, in one order (see above)."""
    request.META["QUERY_STRING"] = canonical_query(pairs)
    request.__dict__.pop("GET", None)  # WSGIRequest.GET is read once, from QUERY_STRING


def parameters_declared(request, response) -> frozenset[str] | None:
    """The query parameters the view that answered says it reads; None if it says nothing."""
    declared = getattr(response, "query_parameters", None)
    if declared is not None:
        return frozenset(declared)
    match = getattr(request, "resolver_match", None)
    if match is not None and match.func in READ_NOTHING:
        return frozenset()
    return None


# Views of libraries that read no query parameter (filled in by configure()).
READ_NOTHING: frozenset = frozenset()


def configure() -> None:
    global READ_NOTHING
    from cms.views import details

    READ_NOTHING = frozenset({details})
