#!/usr/bin/env python3
"""The benchmark's measurements inside one Django process: no sockets, one thread.

``scripts/bench/run.py`` runs this module in a child process with the settings
and database to measure (``DJANGO_SETTINGS_MODULE``, ``DATABASE_URL``), and reads
the JSON it writes to ``--out``::

    python scripts/bench/in_process.py urls --out urls.json
    python scripts/bench/in_process.py measure --urls / /about/ --cpu --out site.json
    DJANGO_SETTINGS_MODULE=scripts.bench.floor \
        python scripts/bench/in_process.py floor --out floor.json

Each request calls the WSGI application directly with a built environ, as
gunicorn would (through the proxy: ``X-Forwarded-Proto: https``). CPU is
``time.process_time()`` around the call only. "Uncached" means every cache was
emptied just before the request (``cache.clear()`` and, when the site has it,
``site_cache.refresh.site_changed()``, which drops each process's own store of pages):
the first render after a publish.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BENCH_HOST = "127.0.0.1"
# A documentation address (RFC 5737): the client the proxy says it forwarded.
BENCH_CLIENT = "192.0.2.10"
LANGUAGE = "en"


def environ_for(url: str, **extra: str) -> dict:
    """A GET for ``url`` as gunicorn hands it over from the HTTPS proxy (``extra``: more keys,
    such as ``HTTP_IF_NONE_MATCH``)."""
    path, _, query = url.partition("?")
    return {
        **extra,
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote(path),
        "QUERY_STRING": query,
        "SERVER_NAME": BENCH_HOST,
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": BENCH_HOST,
        "HTTP_X_FORWARDED_PROTO": "https",
        "HTTP_X_FORWARDED_FOR": BENCH_CLIENT,
        "HTTP_ACCEPT": "text/html,application/xhtml+xml,*/*;q=0.8",
        "HTTP_USER_AGENT": "dccs-bench",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


class Requester:
    """Calls a WSGI application and says what came back."""

    def __init__(self, application: Callable):
        self.application = application

    def get(self, url: str, **extra: str) -> tuple[int, int]:
        """(status, body bytes) for one GET."""
        status, _, size = self.answer(url, **extra)
        return status, size

    def answer(self, url: str, **extra: str) -> tuple[int, dict[str, str], int]:
        """(status, headers, body bytes) for one GET."""
        started: list = []
        response = self.application(
            environ_for(url, **extra), lambda s, headers, exc=None: started.append((s, headers))
        )
        try:
            size = sum(len(chunk) for chunk in response)
        finally:
            close = getattr(response, "close", None)
            if close:
                close()
        status, headers = started[0]
        return int(status.split()[0]), dict(headers), size

    def cpu_ms(
        self,
        url: str,
        iterations: int,
        before: Callable[[], None] | None = None,
        budget_seconds: float = 0.5,
        expected: int = 200,
        **extra: str,
    ) -> float:
        """Mean CPU time (ms) of one GET; ``before`` runs before each, outside the timing.

        Stops early, after at least 10 requests, once ``budget_seconds`` of CPU are spent.
        """
        spent = 0.0
        done = 0
        while done < iterations and (done < 10 or spent < budget_seconds):
            if before:
                before()
            started = time.process_time()
            status, _ = self.get(url, **extra)
            spent += time.process_time() - started
            done += 1
            if status != expected:
                raise RuntimeError(f"GET {url} answered {status}, not {expected}")
        return spent / done * 1000


def forget_everything() -> None:
    """Empty every cache the site keeps, as after a publish."""
    from django.core.cache import caches

    for alias in caches:
        caches[alias].clear()
    try:
        from site_cache import refresh
    except ImportError:
        return
    site_changed = getattr(refresh, "site_changed", None)
    if site_changed:
        site_changed()


def fast_path_available() -> bool:
    try:
        import site_cache.fast_path  # noqa: F401
    except ImportError:
        return False
    return True


def seeded_urls() -> list[dict]:
    """The seeded pages, one publication, and the filtered publications list, with their kinds."""
    from cms.models import Page
    from django.contrib.sites.models import Site

    from pages.management.commands.seed_site import reverse_id_for
    from pages.seed.content import SEED_PAGES

    site = Site.objects.get_current()
    urls = []
    for seed in SEED_PAGES:
        page = Page.objects.filter(reverse_id=reverse_id_for(seed), site=site).first()
        if page is not None:
            urls.append({"url": page.get_absolute_url(language=LANGUAGE), "kind": "page"})
    publication = newest_publication()
    if publication is not None:
        urls.append({"url": publication.get_absolute_url(), "kind": "publication"})
    filtered = filtered_list_url()
    if filtered:
        urls.append({"url": filtered, "kind": "filtered list"})
    return urls


def newest_publication():
    from publications.models import PublicationContent

    return PublicationContent.objects.newest_first().first()  # published versions only


def filtered_list_url() -> str | None:
    """/publications/?q=&kind=&year= with a word, kind and year that find something."""
    from django.db.models import Count
    from django.urls import NoReverseMatch, reverse

    from publications.models import PublicationContent

    try:
        list_path = reverse("publications:list")
    except NoReverseMatch:
        list_path = "/publications/"
    busiest = (
        PublicationContent.objects.values("kind", "document_year")
        .annotate(n=Count("id"))
        .order_by("-n", "kind", "-document_year")
        .first()
    )
    if busiest is None:
        return None
    example = (
        PublicationContent.objects.filter(
            kind=busiest["kind"], document_year=busiest["document_year"]
        )
        .order_by("pk")
        .first()
    )
    words = [w.strip(",.:;()'\"").lower() for w in example.title.split()]
    word = max((w for w in words if w.isalpha()), key=len, default="")
    return f"{list_path}?q={word}&kind={busiest['kind']}&year={busiest['document_year']}"


def count_queries(requester: Requester, url: str) -> tuple[int, int]:
    """(status, queries) of one GET after every cache was emptied."""
    from django.db import connection

    forget_everything()
    queries = 0

    def counter(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counter):
        status, _ = requester.get(url)
    return status, queries


def publications_list_median(requester: Requester, url: str, n: int = 30) -> dict:
    """Median server time of the filtered list, from the dataset helper when it is there."""
    try:
        from scripts.bench.publications_list import publications_list_timings
    except ImportError:
        publications_list_timings = None
    if publications_list_timings is not None:
        from django.test import Client

        client = Client(HTTP_HOST=BENCH_HOST, HTTP_X_FORWARDED_PROTO="https")
        timings = _jsonable(publications_list_timings(client, n=n))
        return {
            "source": f"scripts/bench/publications_list.py, {n} different filters, wall time",
            "url": timings.get("example", ""),
            **timings,
        }
    # Our own: wall time of the uncached request in this process (database included).
    requester.get(url)
    times = []
    for _ in range(n):
        forget_everything()
        started = time.perf_counter()
        status, _ = requester.get(url)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise RuntimeError(f"GET {url} answered {status}")
    return {
        "source": "in-process wall time, uncached (publications_list.py not available yet)",
        "url": url,
        "median_ms": statistics.median(times),
        "n": n,
    }


def _jsonable(value):
    return json.loads(json.dumps(value, default=str))


def measure(args: argparse.Namespace) -> dict:
    import django

    django.setup()
    from django.core.wsgi import get_wsgi_application

    requester = Requester(get_wsgi_application())
    addresses = [{"url": url, "kind": "page"} for url in args.urls or ()] or seeded_urls()
    urls = [entry["url"] for entry in addresses]
    results: dict = {"fast_path": fast_path_available(), "addresses": addresses, "urls": {}}
    for url in urls:
        status, _ = requester.get(url)  # warm this process: imports, URL patterns
        entry: dict = {"status": status}
        results["urls"][url] = entry
        if status != 200:
            continue
        entry["status"], entry["queries_uncached"] = count_queries(requester, url)
        if args.cpu:
            requester.get(url)
            requester.get(url)
            entry["cpu_cached_ms"] = requester.cpu_ms(url, args.cached_iterations)
            # A browser that has the page asks again with its ETag: a 304 without a body.
            etag = requester.answer(url)[1].get("ETag")
            if etag:
                entry["cpu_304_ms"] = requester.cpu_ms(
                    url, args.cached_iterations, expected=304, HTTP_IF_NONE_MATCH=etag
                )
            entry["cpu_uncached_ms"] = requester.cpu_ms(
                url, args.uncached_iterations, before=forget_everything
            )
        if args.cpu_render:
            # Under settings_uncached every request renders; the site's other caches stay warm.
            requester.get(url)
            entry["cpu_render_ms"] = requester.cpu_ms(url, args.uncached_iterations)
    if args.publications_list:
        filtered = filtered_list_url()
        if filtered:
            results["publications_list"] = publications_list_median(requester, filtered)
    return results


def floor(args: argparse.Namespace) -> dict:
    from django.core.wsgi import get_wsgi_application

    requester = Requester(get_wsgi_application())
    requester.get("/")
    return {"cpu_ms": requester.cpu_ms("/", args.cached_iterations)}


def urls(args: argparse.Namespace) -> dict:
    import django

    django.setup()
    return {"urls": seeded_urls(), "fast_path": fast_path_available()}


def build(args: argparse.Namespace) -> dict:
    import django

    django.setup()
    try:
        from scripts.bench import dataset
    except ImportError as missing:
        return {"available": False, "why": f"scripts/bench/dataset.py: {missing}"}
    started = time.monotonic()
    dataset.build(args.pages, args.publications, stdout=sys.stderr)
    return {"available": True, "seconds": time.monotonic() - started}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["measure", "floor", "urls", "build"])
    parser.add_argument("--out", type=Path, required=True, help="where the JSON goes")
    parser.add_argument("--urls", nargs="*", default=None)
    parser.add_argument("--cpu", action="store_true", help="CPU per request, cached and not")
    parser.add_argument(
        "--cpu-render", action="store_true", help="CPU per request, caches as they are"
    )
    parser.add_argument("--cached-iterations", type=int, default=2000)
    parser.add_argument("--uncached-iterations", type=int, default=50)
    parser.add_argument("--publications-list", action="store_true")
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--publications", type=int, default=10_000)
    args = parser.parse_args(argv)
    if args.what != "floor":
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dccs_site.settings")
    result = {"measure": measure, "floor": floor, "urls": urls, "build": build}[args.what](args)
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
