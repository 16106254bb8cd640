"""The pages one process keeps, and what each really costs in memory.

``PageStore`` holds at most ``PAGE_CACHE_MAX_ENTRIES`` pages and
``PAGE_CACHE_MAX_BYTES`` of memory, dropping the least recently kept first. A
page's cost is what Python holds for it, not only its body: the body and its
gzipped copy, every header name and value with the dict and tuples holding them,
the ETags, the key, the object itself and its slot in the store, each as
``sys.getsizeof`` counts it (tests/site_cache/test_kept_pages.py checks the sum
against tracemalloc). The query parameters learnt for each path
(site_cache/query_key.py) are counted the same way and dropped with the pages.
"""

from __future__ import annotations

import gzip
import hashlib
import sys
import threading
from collections import OrderedDict

from django.http import HttpResponse
from django.utils.cache import parse_etags

# Headers worked out afresh for each answer rather than replayed.
RECOMPUTED_HEADERS = {"cache-control", "expires", "content-length", "etag", "vary", "age"}
COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/atom+xml")
MIN_COMPRESS_BYTES = 512
# One more entry in an OrderedDict, amortised over its resizes (measured with tracemalloc
# on CPython 3.11: 105 bytes).
STORE_SLOT_BYTES = 112


class KeptPage:
    """One response, ready to be sent again (as it is, gzipped, or as a 304)."""

    __slots__ = (
        "header_store",
        "body",
        "gzipped",
        "etag",
        "gzip_etag",
        "vary",
        "expires_at",
        "generation",
        "size",
    )

    def __init__(self, response, expires_at: float, generation, key: tuple = ()):
        self.body = response.content
        # Checked when kept, set again without checking (HttpResponse's own store).
        self.header_store = {
            name.lower(): (name, value)
            for name, value in response.items()
            if name.lower() not in RECOMPUTED_HEADERS
        }
        digest = hashlib.blake2b(self.body, digest_size=12).hexdigest()
        self.etag = f'"{digest}"'
        self.gzip_etag = f'"{digest}-gzip"'
        self.gzipped = None
        content_type = response.get("Content-Type", "")
        if len(self.body) >= MIN_COMPRESS_BYTES and content_type.startswith(COMPRESSIBLE):
            self.gzipped = gzip.compress(self.body, compresslevel=6, mtime=0)
        self.vary = "Cookie, Accept-Encoding" if self.gzipped is not None else "Cookie"
        self.expires_at = expires_at
        self.generation = generation
        self.size = self._cost(key)

    def _cost(self, key: tuple) -> int:
        """Bytes Python holds for this page and its key (see the module docstring)."""
        size = sys.getsizeof
        headers = size(self.header_store) + sum(
            size(lower) + size(pair) + size(pair[0]) + size(pair[1])
            for lower, pair in self.header_store.items()
        )
        return (
            size(self)
            + size(self.body)
            + (size(self.gzipped) if self.gzipped is not None else 0)
            + headers
            + size(self.etag)
            + size(self.gzip_etag)
            + size(self.expires_at)
            + size(key)
            + sum(size(part) for part in key)
            + STORE_SLOT_BYTES
        )

    def answer(self, request, now: float, cache_control) -> HttpResponse:
        """The kept response for this request: 304, gzipped or plain.

        ``cache_control(seconds_left)`` is the Cache-Control header it leaves with
        (site_cache/lifetimes.py).
        """
        meta = request.META
        use_gzip = self.gzipped is not None and accepts_gzip(meta.get("HTTP_ACCEPT_ENCODING", ""))
        etag = self.gzip_etag if use_gzip else self.etag
        if_none_match = meta.get("HTTP_IF_NONE_MATCH")
        if if_none_match and (if_none_match == "*" or etag in parse_etags(if_none_match)):
            response = HttpResponse(status=304)
        else:
            body = self.gzipped if use_gzip else self.body
            response = HttpResponse(b"" if request.method == "HEAD" else body)
            response.headers._store.update(self.header_store)
            response["Content-Length"] = str(len(body))
            if use_gzip:
                response["Content-Encoding"] = "gzip"
        response["ETag"] = etag
        response["Cache-Control"] = cache_control(int(self.expires_at - now))
        response["Vary"] = self.vary
        return response


class PageStore:
    """This process's kept pages, and the query parameters learnt for each path."""

    def __init__(self, max_entries: int, max_bytes: int):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._pages: OrderedDict[tuple, KeptPage] = OrderedDict()
        # path -> (parameters its view reads, bytes counted for the entry)
        self._parameters: OrderedDict[str, tuple[frozenset[str], int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @property
    def bytes(self) -> int:
        return self._bytes

    def get(self, key, generation, now: float) -> KeptPage | None:
        page = self._pages.get(key)
        if page is None:
            return None
        if page.generation != generation or page.expires_at <= now:
            self.discard(key)
            return None
        return page

    def put(self, key, page: KeptPage) -> None:
        if page.size > self.max_bytes:
            return
        with self._lock:
            self._discard(key)
            self._pages[key] = page
            self._bytes += page.size
            self._shrink()

    def parameters_read(self, path: str) -> frozenset[str] | None:
        """What the view at ``path`` reads, as learnt from its last answer; None if not learnt."""
        learnt = self._parameters.get(path)
        return None if learnt is None else learnt[0]

    def learn(self, path: str, parameters: frozenset[str]) -> None:
        if self.parameters_read(path) == parameters:
            return
        cost = (
            sys.getsizeof(path)
            + sys.getsizeof(parameters)
            + sum(sys.getsizeof(name) for name in parameters)
            + 2 * STORE_SLOT_BYTES
        )
        with self._lock:
            old = self._parameters.pop(path, None)
            if old is not None:
                self._bytes -= old[1]
            self._parameters[path] = (parameters, cost)
            self._bytes += cost
            self._shrink()

    def _shrink(self) -> None:
        while self._pages and (len(self._pages) > self.max_entries or self._bytes > self.max_bytes):
            _, oldest = self._pages.popitem(last=False)
            self._bytes -= oldest.size
        while len(self._parameters) > self.max_entries or (
            self._bytes > self.max_bytes and self._parameters
        ):
            _, (_, cost) = self._parameters.popitem(last=False)
            self._bytes -= cost

    def discard(self, key) -> None:
        with self._lock:
            self._discard(key)

    def _discard(self, key) -> None:
        page = self._pages.pop(key, None)
        if page is not None:
            self._bytes -= page.size

    def clear(self) -> None:
        """Every page and everything learnt goes (the site's generation moved on)."""
        with self._lock:
            self._pages.clear()
            self._parameters.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._pages)


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether a browser's Accept-Encoding takes gzip (RFC 9110, 12.5.3): named, or by "*",
    with a weight above 0; "gzip;q=0" refuses it, whatever "*" says."""
    weights = {}
    for part in accept_encoding.lower().split(","):
        coding, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if coding:
            weights[coding.strip()] = weight
    if "gzip" in weights:
        return weights["gzip"] > 0
    return weights.get("*", 0) > 0
