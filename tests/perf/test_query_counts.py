"""An uncached page costs the same number of queries however big the site grows.

Every seeded page, and the publications list with its filters, is rendered
with every cache emptied first, on the seeded site (about 20 pages and a dozen
publications) and again with four times the pages and sixty times the
publications (``scripts.bench.dataset.build``): a query per row, or per page in
the menus, would show as a difference. The counts must be equal, and within the
page's budget. (``make bench`` measures the same at 500 pages and 10,000
publications; here the big site is just big enough to tell, so the suite stays fast.)
The big site is built once for the module, inside a
transaction that is rolled back, so no other test sees it.
"""

import io
import logging

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client, override_settings

from pages.seed.content import SEED_PAGES
from scripts.bench.dataset import build
from scripts.bench.query_budget import budget_for

pytestmark = pytest.mark.django_db

SMALL = (20, 10)  # (pages, publications): the seeded site, a little filled out
LARGE = (80, 600)

# Filters chosen to match publications at both sizes, so both lists have rows.
LIST_PATHS = (
    "/publications/",
    "/publications/?page=2",
    "/publications/?kind=plan",
    "/publications/?year=2023",
    "/publications/?q=plan&kind=plan&year=2023",
    "/publications/?q=report&year=2025",
)
PATHS = tuple(dict.fromkeys((*(seed.path for seed in SEED_PAGES), *LIST_PATHS)))


def queries_for(client: Client, path: str) -> tuple[int, list[str]]:
    """(status, the SQL it ran) for one uncached render of ``path``."""
    client.get(path)  # per-process caches (sites, content types, URL resolvers) as in service
    cache.clear()
    queries = []

    def counting(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counting):
        response = client.get(path)
    cache.clear()
    return response.status_code, queries


@pytest.fixture(scope="module")
def counts(django_db_setup, django_db_blocker):
    """{size: {path: (status, SQL run)}} at both sizes; the database is left as it was."""
    found = {}
    logging.disable(logging.CRITICAL)
    # Only the pages the process keeps in memory would answer before the CMS: off,
    # so every request renders (it is a cache, and these are uncached renders).
    with override_settings(PAGE_CACHE_FAST_PATH=False), django_db_blocker.unblock():
        try:
            with transaction.atomic():
                for size in (SMALL, LARGE):
                    build(*size, stdout=io.StringIO())
                    cache.clear()
                    client = Client(HTTP_X_FORWARDED_PROTO="https")
                    # The first request after publishing marks the apphook URLs as
                    # changed when it ends (django CMS), and the next one reloads them.
                    client.get("/")
                    client.get("/")
                    found[size] = {path: queries_for(client, path) for path in PATHS}
                transaction.set_rollback(True)
        finally:
            cache.clear()
            logging.disable(logging.NOTSET)
    return found


@pytest.mark.parametrize("path", PATHS)
def test_an_uncached_page_costs_the_same_queries_at_any_size(counts, path):
    small_status, small_queries = counts[SMALL][path]
    large_status, large_queries = counts[LARGE][path]
    small, large = len(small_queries), len(large_queries)

    assert (small_status, large_status) == (200, 200)
    assert small == large, "\n".join(
        [f"{path}: {small} queries with the seeded site, {large} with the big one"]
        + [f"  only small: {sql[:120]}" for sql in small_queries if sql not in large_queries]
        + [f"  only large: {sql[:120]}" for sql in large_queries if sql not in small_queries]
    )
    assert small <= budget_for(path), "\n".join(
        [f"{path}: {small} queries (budget {budget_for(path)})"]
        + [f"  {sql[:120]}" for sql in small_queries]
    )


def test_a_plausible_year_with_no_publications_is_a_clean_page(counts, client):
    response = client.get("/publications/?q=plan&year=2024")

    assert response.status_code == 200
    assert "publication" in response.content.decode()
