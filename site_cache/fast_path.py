"""Anonymous pages served from this process's memory, before django CMS runs.

django CMS's own page cache still runs the toolbar, URL resolution and language
lookups on every hit (about 1 ms of CPU). This middleware sits near the top of
the stack and answers an anonymous GET or HEAD from a page this process kept
earlier, in well under a tenth of that, with the same headers the full stack
sent (security headers and CSP included).

What may be kept, and for whom:

- Only requests that carry no session or messages cookie, no Authorization
  header and no CMS toolbar parameter, outside /admin/, /static/ and /media/.
  A signed-in editor always gets the full stack.
- Only 200 responses that set no cookie, say ``max-age`` > 0 and not
  ``private`` or ``no-store``, and vary on nothing but Cookie, Accept-Encoding
  and Accept-Language (which an anonymous visitor's request cannot change).
- The key is the scheme, host, path and query string, with tracking
  parameters (utm_*, gclid...) left out and the rest sorted.

How long: a kept page lives as long as its ``max-age`` said (django CMS works
that out from its plugins: the contact card ends it when the line in use
changes), never past the next scheduled change (an alert banner's start or
end), and only while the site's generation is the one it was kept under
(site_cache/generation.py: every publish bumps it). Responses carry
``Cache-Control: public, max-age=<what is left>``, an ETag (answered with 304
when the browser already has it) and, when the browser accepts it, gzip.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import threading
import time
from collections import OrderedDict
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import parse_etags

from site_cache import generation

TRACKING_PARAMETER = re.compile(r"^(utm_[a-z]+|gclid|gbraid|wbraid|fbclid|msclkid|mc_[a-z]+|_ga)$")
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Headers worked out afresh for each answer rather than replayed.
RECOMPUTED_HEADERS = {"cache-control", "expires", "content-length", "etag", "vary", "age"}
VARY_ALLOWED = {"cookie", "accept-encoding", "accept-language"}
COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/atom+xml")
MIN_COMPRESS_BYTES = 512
MAX_AGE = re.compile(r"\bmax-age=(\d+)")


class KeptPage:
    """One response, ready to be sent again (as it is, gzipped, or as a 304)."""

    __slots__ = (
        "headers",
        "header_store",
        "body",
        "gzipped",
        "etag",
        "gzip_etag",
        "expires_at",
        "generation",
    )

    def __init__(self, response, expires_at: float, generation):
        self.body = response.content
        self.headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in RECOMPUTED_HEADERS
        ]
        self.header_store = {name.lower(): (name, value) for name, value in self.headers}
        digest = hashlib.blake2b(self.body, digest_size=12).hexdigest()
        self.etag = f'"{digest}"'
        content_type = response.get("Content-Type", "")
        self.gzipped = None
        self.gzip_etag = f'"{digest}-gzip"'
        if len(self.body) >= MIN_COMPRESS_BYTES and content_type.startswith(COMPRESSIBLE):
            self.gzipped = gzip.compress(self.body, compresslevel=6, mtime=0)
        self.expires_at = expires_at
        self.generation = generation

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped or b"")

    def answer(self, request, now: float) -> HttpResponse:
        """The kept response for this request: 304, gzipped or plain."""
        meta = request.META
        use_gzip = self.gzipped is not None and bool(
            ACCEPTS_GZIP.search(meta.get("HTTP_ACCEPT_ENCODING", ""))
        )
        etag = self.gzip_etag if use_gzip else self.etag
        if_none_match = meta.get("HTTP_IF_NONE_MATCH")
        if if_none_match and (etag in parse_etags(if_none_match) or if_none_match == "*"):
            response = HttpResponse(status=304)
        else:
            body = self.gzipped if use_gzip else self.body
            response = HttpResponse(b"" if request.method == "HEAD" else body)
            # The headers were checked when the page was kept: set them without
            # checking each again (HttpResponse's own store, lower-case keys).
            response.headers._store.update(self.header_store)
            response["Content-Length"] = str(len(body))
            if use_gzip:
                response["Content-Encoding"] = "gzip"
        response["ETag"] = etag
        response["Cache-Control"] = f"public, max-age={max(0, int(self.expires_at - now))}"
        response["Vary"] = "Cookie, Accept-Encoding" if self.gzipped is not None else "Cookie"
        return response


class PageStore:
    """This process's kept pages: the least recently used go first when it is full."""

    def __init__(self, max_entries: int, max_bytes: int):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._pages: OrderedDict[tuple, KeptPage] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

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
            while len(self._pages) > self.max_entries or self._bytes > self.max_bytes:
                _, oldest = self._pages.popitem(last=False)
                self._bytes -= oldest.size

    def discard(self, key) -> None:
        with self._lock:
            self._discard(key)

    def _discard(self, key) -> None:
        page = self._pages.pop(key, None)
        if page is not None:
            self._bytes -= page.size

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._pages)


def cache_key(request) -> tuple | None:
    """The key for an anonymous request that may be answered from memory, else None."""
    if request.method not in ("GET", "HEAD"):
        return None
    meta = request.META
    if "HTTP_AUTHORIZATION" in meta:
        return None
    cookies = meta.get("HTTP_COOKIE")
    if cookies and any(name in cookies for name in SKIP_COOKIES):
        return None
    path = request.path
    if path.startswith(SKIP_PREFIXES):
        return None
    query = meta.get("QUERY_STRING", "")
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(name in TOOLBAR_PARAMETERS for name, _ in pairs):
            return None
        query = urlencode(sorted(p for p in pairs if not TRACKING_PARAMETER.match(p[0])))
    return (request.scheme, meta.get("HTTP_HOST", ""), path, query)


def keeping_time(response, now: float) -> float | None:
    """Until when this response may be kept, or None if it must not be."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return None
    control = response.get("Cache-Control", "")
    if not control or "private" in control or "no-store" in control or "no-cache" in control:
        return None
    max_age = MAX_AGE.search(control)
    if max_age is None or int(max_age.group(1)) <= 0:
        return None
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if not vary <= VARY_ALLOWED:
        return None
    return now + int(max_age.group(1))


class AnonymousPageCacheMiddleware:
    """Answer anonymous GET/HEAD requests from pages this process kept (see module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = settings.PAGE_CACHE_FAST_PATH
        self.store = PageStore(settings.PAGE_CACHE_MAX_ENTRIES, settings.PAGE_CACHE_MAX_BYTES)
        self.freshness = generation.state()
        self.freshness.stores.add(self.store)
        _configure()

    def __call__(self, request):
        if not self.enabled:
            self._make_due_changes(request)
            return self.get_response(request)
        key = cache_key(request)
        if key is None:
            self._make_due_changes(request)
            return self.get_response(request)
        generation = self.freshness.current()
        if generation is None:  # the generation cannot be read: nothing may be kept
            return self.get_response(request)
        now = time.time()
        page = self.store.get(key, generation, now)
        if page is not None:
            response = page.answer(request, now)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if request.method != "GET":
            return response
        expires_at = keeping_time(response, now)
        if expires_at is None:
            return response
        if self.freshness.current(force_remote=True) != generation:
            # A publish landed while this page was being rendered: it may show
            # what was there before, so neither this process nor the CMS keeps it.
            from cms.cache import invalidate_cms_page_cache

            invalidate_cms_page_cache()
            return response
        page = KeptPage(
            response, min(expires_at, self.freshness.expires_no_later_than()), generation
        )
        self.store.put(key, page)
        answer = page.answer(request, now)
        answer["X-Page-Cache"] = "miss"
        return answer


    def _make_due_changes(self, request):
        """A scheduled publish due now is made before any page is answered, signed in or not
        (``current()`` makes it: site_cache/generation.py); files and health checks never wait."""
        if not request.path.startswith(FILE_PREFIXES):
            self.freshness.current()


SKIP_COOKIES = ()
SKIP_PREFIXES = ()
FILE_PREFIXES = ()
TOOLBAR_PARAMETERS = frozenset()


def _configure() -> None:
    """Read the settings the key depends on once (they do not change while running)."""
    global SKIP_COOKIES, SKIP_PREFIXES, FILE_PREFIXES, TOOLBAR_PARAMETERS
    from cms.utils.conf import get_cms_setting

    SKIP_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
    FILE_PREFIXES = tuple(
        prefix for prefix in (settings.STATIC_URL, settings.MEDIA_URL, "/healthz") if prefix
    )
    SKIP_PREFIXES = ("/admin/", *FILE_PREFIXES)
    TOOLBAR_PARAMETERS = frozenset(
        {
            get_cms_setting("CMS_TOOLBAR_URL__PERSIST"),
            get_cms_setting("CMS_TOOLBAR_URL__DISABLE"),
            get_cms_setting("CMS_TOOLBAR_URL__ENABLE"),
            "edit",
            "structure",
            "preview",
        }
    )
