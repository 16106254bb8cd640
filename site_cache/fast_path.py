"""Anonymous pages served from this process's memory, before django CMS runs.

django CMS's own page cache still runs the toolbar, URL resolution and language
lookups on every hit (about 1 ms of CPU). This middleware sits near the top of
the stack and answers an anonymous GET or HEAD from a page this process kept
earlier, in well under a tenth of that, with the same headers the full stack
sent (security headers and CSP included).

What may be kept, and for whom:

- Only requests that carry no session or messages cookie, no Authorization
  header and no CMS toolbar parameter, outside /admin/, /static/ and /media/,
  and with no ``SCRIPT_NAME`` (see ``served_from_the_root``). A signed-in editor
  always gets the full stack.
- Only 200 responses that set no cookie, say ``max-age`` > 0 and not
  ``private``, ``no-store`` or ``no-cache``, and vary on nothing but Cookie,
  Accept-Encoding and Accept-Language (which an anonymous visitor's request
  cannot change): site_cache/lifetimes.py.
- The key is the scheme, host, path and the query parameters the view reads
  (each view declares them; a CMS page reads none): site_cache/query_key.py.
  Other parameters are taken out of the request before the view sees it.

How long: a kept page lives as long as its ``max-age`` said (django CMS works
that out from its plugins: the contact card ends it when the line in use
changes), never past the next scheduled change (an alert banner's start or
end), and only while the site's generation is the one it was kept under
(site_cache/generation.py: every publish bumps it). Browsers are told to ask
again every time and shared caches how long is left (``public, max-age=0,
must-revalidate, s-maxage=<seconds left>``: lifetimes.py), with an ETag
answered with 304 when the browser already has the page and, when the browser
accepts it, gzip. How much a process keeps, counted as the memory it really
takes: site_cache/kept_pages.py.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.urls import set_script_prefix

from site_cache import generation, query_key
from site_cache.kept_pages import KeptPage, PageStore
from site_cache.lifetimes import for_browsers, keeping_time, leaving
from site_cache.query_key import AskedFor, give_view_only, parameters_declared, query_pairs

__all__ = ["AnonymousPageCacheMiddleware", "KeptPage", "PageStore", "asked_for"]


def asked_for(request) -> AskedFor | None:
    """What an anonymous request that may be answered from memory asks for, else None."""
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
    pairs = query_pairs(meta.get("QUERY_STRING", ""))
    if pairs is None or any(name in TOOLBAR_PARAMETERS for name, _ in pairs):
        return None
    return AskedFor(request.scheme, meta.get("HTTP_HOST", ""), path, pairs)


def served_from_the_root(request) -> bool:
    """Undo a ``SCRIPT_NAME`` sent with the request; True if there was one.

    The site is served from the root of its origin (``FORCE_SCRIPT_NAME`` unset).
    A ``SCRIPT_NAME`` can only come from a request header that gunicorn believed
    (deploy/gunicorn.conf.py believes none): with ``SCRIPT_NAME: /about``,
    ``/about/`` would be routed as ``/`` and the home page kept, by django CMS's
    page cache too, as the answer for ``/about/``. The request is routed by the
    whole path it asked for instead, and nothing is kept from it.
    """
    if not request.META.get("SCRIPT_NAME") or settings.FORCE_SCRIPT_NAME is not None:
        return False
    request.META["SCRIPT_NAME"] = ""
    request.path_info = request.path
    set_script_prefix("/")
    return True


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
        prefixed = served_from_the_root(request)
        asked = None if prefixed or not self.enabled else asked_for(request)
        if asked is None:
            self._make_due_changes(request)
            return self._leaving(request, self.get_response(request))
        generation = self.freshness.current()
        if generation is None:  # the generation cannot be read: nothing may be kept
            return self._leaving(request, self.get_response(request), shared=not asked.pairs)
        now = time.time()
        reads = self.store.parameters_read(asked.path)
        key = asked.key(reads)
        if key is not None:
            page = self.store.get(key, generation, now)
            if page is not None:
                response = page.answer(request, now, for_browsers)
                response["X-Page-Cache"] = "hit"
                return response
        # The view gets the parameters it reads (all, until they are known), in one order.
        if asked.pairs:
            give_view_only(request, asked.pairs if reads is None else asked.read_by(reads))
        response = self.get_response(request)
        declared = parameters_declared(request, response)
        if declared is not None and response.status_code == 200:
            self.store.learn(asked.path, declared)
        if key is None:
            if not asked.all_read_by(declared):
                # Rendered with parameters its view may not read (they may be in its links):
                # the sender's own answer, which no cache keeps, nginx included.
                return self._leaving(request, response, shared=False)
            key = asked.key(declared)
        expires_at = keeping_time(response, now)
        if request.method != "GET" or expires_at is None:
            return self._leaving(request, response)
        if self.freshness.current(force_remote=True) != generation:
            # A publish landed while this page was being rendered: it may show
            # what was there before, so neither this process nor the CMS keeps it.
            from cms.cache import invalidate_cms_page_cache

            invalidate_cms_page_cache()
            return self._leaving(request, response)
        page = KeptPage(
            response, min(expires_at, self.freshness.expires_no_later_than()), generation, key
        )
        self.store.put(key, page)
        answer = page.answer(request, now, for_browsers)
        answer["X-Page-Cache"] = "miss"
        return answer

    def _leaving(self, request, response, shared: bool = True):
        """A shareable answer not kept here still leaves with the browsers' Cache-Control;
        ``shared=False``: with nothing left for shared caches either (``s-maxage=0``)."""
        if not request.path.startswith(FILE_PREFIXES):
            left = self.freshness.expires_no_later_than() - time.time() if shared else 0
            leaving(response, left)
        return response

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
    query_key.configure()
