"""What one process keeps, counted as the memory it really takes (site_cache/kept_pages.py)."""

import secrets
import tracemalloc

from django.http import HttpResponse

from site_cache.kept_pages import KeptPage, PageStore

STRICT_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'; frame-src 'none'; manifest-src 'self'"
)


def fresh(text: str) -> str:
    """A new string object, as each response's headers are (a literal would be shared)."""
    return (text + "!")[:-1]


def a_rendered_page(number: int, body_bytes: int = 12_000) -> HttpResponse:
    """A response like the site's: an HTML body that compresses about 2:1, and its headers."""
    body = f"<main>{number}{secrets.token_hex(body_bytes // 2)}</main>".encode()
    response = HttpResponse(body, content_type=fresh("text/html; charset=utf-8"))
    for name, value in {
        "Content-Security-Policy": STRICT_POLICY,
        "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), microphone=()",
        "Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Cache-Control": "max-age=60",
    }.items():
        response[fresh(name)] = fresh(value)
    return response


def a_key(number: int) -> tuple:
    return (fresh("https"), fresh("www.example.gov.uk"), f"/publications/p-{number:05d}/", "")


def test_the_store_counts_what_its_pages_really_take_not_only_their_bodies():
    store = PageStore(max_entries=10_000, max_bytes=10**12)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for number in range(300):
            response = a_rendered_page(number)
            store.put(a_key(number), KeptPage(response, 1e12, (1, None), a_key(number)))
            del response
        taken = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()

    bodies = sum(len(page.body) + len(page.gzipped) for page in store._pages.values())
    assert taken > bodies * 1.05  # headers, keys and objects are a real part of the cost
    # What the store counts is what Python holds, give or take a little (never much less).
    assert 0.97 * taken <= store.bytes <= 1.15 * taken


def test_the_oldest_pages_go_when_the_memory_cap_is_reached():
    one = KeptPage(a_rendered_page(0), 1e12, (1, None), a_key(0)).size
    store = PageStore(max_entries=1_000, max_bytes=int(one * 3.5))

    for number in range(5):
        store.put(a_key(number), KeptPage(a_rendered_page(number), 1e12, (1, None), a_key(number)))

    assert len(store) == 3
    assert store.bytes <= store.max_bytes
    assert store.get(a_key(0), (1, None), 0) is None
    assert store.get(a_key(4), (1, None), 0) is not None


def test_what_was_learnt_of_each_path_is_counted_bounded_and_forgotten_with_the_pages():
    store = PageStore(max_entries=2, max_bytes=10**9)

    for path in ("/a/", "/b/", "/c/"):
        store.learn(path, frozenset({"q", "page"}))

    assert store.parameters_read("/a/") is None  # the oldest went: at most max_entries
    assert store.parameters_read("/c/") == {"q", "page"}
    assert store.bytes > 0
    store.clear()
    assert store.parameters_read("/c/") is None
    assert store.bytes == 0
