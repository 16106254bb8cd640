"""The search page (/search/?q=): counted, paginated, escaped, and never a 500."""

from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.seed.content import SEED_PAGES
from tests.search.helpers import bulk_publications, new_page, result_urls, search


@pytest.mark.django_db
def test_results_are_counted_and_paginated(seeded_site, client):
    bulk_publications(45, title="Pelican report")

    first = search(client, "pelican")
    assert "45 results for ‘pelican’" in first.text
    assert "<title>Search results for ‘pelican’ –" in first.text
    assert len(first.context["results"]) == 20
    assert 'class="govuk-pagination"' in first.text
    assert 'href="?q=pelican&amp;page=2" rel="next"' in first.text

    third = search(client, "pelican", page=3)
    assert "<title>Search results for ‘pelican’ (page 3) –" in third.text
    assert len(third.context["results"]) == 5
    assert 'aria-current="page">3</a>' in third.text
    everything = set(result_urls(first) + result_urls(search(client, "pelican", page=2)))
    assert len(everything | set(result_urls(third))) == 45

    beyond = search(client, "pelican", page=99)
    assert beyond.status_code == 200 and beyond.context["page_obj"].number == 3


@pytest.mark.django_db
@pytest.mark.parametrize("page_number", ["x", "0", "-1", "1e3", "9" * 5000])
def test_a_nonsense_page_number_is_a_clear_400(seeded_site, client, page_number):
    response = search(client, "plan", page=page_number)

    assert response.status_code == 400
    assert "<title>Error: Search results for ‘plan’" in response.text
    assert "The page number must be" in response.text


@pytest.mark.django_db
def test_no_query_shows_the_form_and_no_results_says_so(seeded_site, client):
    empty = client.get("/search/")
    assert empty.status_code == 200
    assert "<title>Search –" in empty.text
    assert "result" not in empty.text.split('id="main-content"')[1].split("</main>")[0]

    none = search(client, "xylophonist")
    assert "0 results for ‘xylophonist’" in none.text
    assert "checking your spelling" in none.text


@pytest.mark.django_db
def test_highlighting_and_the_query_are_escaped(seeded_site, client):
    bulk_publications(
        1,
        title="<script>alert(1)</script> Otter plan",
        summary='Otters & "<img src=x onerror=alert(1)>"',
    )

    response = search(client, "otter")
    assert "<script>alert(1)" not in response.text
    assert "<img src=x" not in response.text
    result = response.context["results"][0]
    assert result.title.startswith("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Otter</mark>")
    assert "&amp; &quot;&lt;img src=x onerror=alert(1)&gt;&quot;" in result.snippet

    echoed = search(client, '<b>otter</b> "><script>').text
    assert "<b>otter" not in echoed and "&lt;b&gt;otter&lt;/b&gt;" in echoed
    assert '"><script>' not in echoed


HOSTILE = [
    "\x00",
    "plan\x00plan",
    "%00",
    "%ED%A0%80",  # a lone surrogate, as UTF-8
    "%FF%FE",
    "a" * 10_000,
    "plan " * 2_000,
    "&|!():*",
    "plan & | ! ( ) : * <-> <2>",
    "'",
    '"',
    '"unterminated phrase',
    "''''\"\"\"",
    "-",
    "or or or",
    "\\",
    "%_%",
    "%25_%25",
    "🙂 plan",
    "ﬁ ǅ İ ß",
]


@pytest.mark.django_db
@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_never_fail(seeded_site, client, hostile):
    raw = hostile if "%" in hostile and hostile != "%_%" else quote(hostile)
    response = client.get(f"/search/?q={raw}&page=1")

    assert response.status_code == 200
    assert "\x00" not in response.text


@pytest.mark.django_db
def test_only_get_and_head_are_allowed(seeded_site, client):
    assert client.head("/search/?q=plan").status_code == 200
    assert client.post("/search/", {"q": "plan"}).status_code == 405


@pytest.mark.django_db
def test_the_queries_of_a_search_do_not_grow_with_the_content(
    seeded_site, publisher, client, django_assert_max_num_queries
):
    # Pages rank first (both words in their titles), so each page of results has both kinds.
    bulk_publications(25, title="Kestrel report", summary="A plan.")
    new_page("Kestrel plan page", "Kestrel.", publisher)
    # The layout's first-request queries (menus, URL revisions), through an address of its own:
    # the measured one is then rendered, not answered from the fast path's kept pages.
    search(client, "kestrel plan", page=1)
    with CaptureQueriesContext(connection) as captured:
        response = search(client, "kestrel plan")
    small = len(captured)
    assert {result.label for result in response.context["results"]} == {"Page", "Report"}
    # Four are the search's: count, the page of entries, the result pages' current addresses.
    assert small <= 12, [query["sql"][:120] for query in captured.captured_queries]

    bulk_publications(400, title="Kestrel report", summary="A plan.")
    for n in range(5):
        new_page(f"Kestrel plan page {n}", "Kestrel.", publisher)
    search(client, "kestrel plan", page=1)  # publishing emptied the menu cache: fill it again
    with django_assert_max_num_queries(small):
        response = search(client, "kestrel plan")
    assert response.context["page_obj"].paginator.count == 25 + 400 + 6
    assert {result.label for result in response.context["results"]} == {"Page", "Report"}


@pytest.mark.django_db
@pytest.mark.parametrize("path", [seed.path for seed in SEED_PAGES] + ["/no-such-page/"])
def test_every_page_has_the_search_box_in_its_header(seeded_site, client, path):
    html = client.get(path).text
    header = html[html.index("<header") : html.index("</header>")]

    assert '<form class="dccs-search dccs-header__search" action="/search/" method="get"' in header
    assert 'role="search"' in header
    assert '<label class="govuk-label govuk-visually-hidden" for="site-search">' in header
    assert 'id="site-search" name="q" type="search"' in header


@pytest.mark.django_db
def test_the_search_page_sets_no_cookie(seeded_site, client):
    for response in (client.get("/search/"), search(client, "plan"), search(client, "x", page=0)):
        assert not response.cookies
        assert "Set-Cookie" not in response.headers
