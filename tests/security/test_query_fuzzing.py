"""Every view that reads its query string, fed nonsense by Hypothesis: never a 500.

The values include NUL bytes, lone surrogates and bytes that are not UTF-8
(percent-encoded by hand, so they reach the server as they are: the test
client would otherwise choke on them), 10,000 characters, huge and negative
integers, repeated keys and the XSS corpus. A view may refuse (400), move
(301/302) or not find (404/410); it may not fail, and whatever it echoes back
into HTML must be escaped.
"""

from urllib.parse import quote, quote_from_bytes

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.security.corpus import HOSTILE_QUERY_VALUES, MARKUP_PAYLOADS, XSS_PAYLOADS
from tests.security.markup import unsafe_markup

pytestmark = pytest.mark.django_db

ALLOWED_STATUSES = {200, 301, 302, 400, 404, 410}
PUBLIC_EXAMPLES = 60
ADMIN_EXAMPLES = 25

PUBLICATION_FILTERS = ["q", "kind", "year", "topic", "page"]
# Each view that reads request.GET, with the parameters it reads.
PUBLIC_VIEWS = {
    "/publications/": PUBLICATION_FILTERS,
    "/publications/export.csv": PUBLICATION_FILTERS,
    "/publications/export.json": PUBLICATION_FILTERS,
    "/publications/feed/": ["page"],
    "/contact/now.json": ["at"],
    "/feedback/": ["page"],
    "/feedback/thanks/": ["page"],
    # django CMS reads its own switches on every page.
    "/": ["edit", "preview", "structure", "toolbar_off", "language", "cms_path"],
    "/about/": ["edit", "toolbar_on", "language", "placeholder_id", "plugin_id"],
}
# Changelists read search, ordering, page, filters and date drill-down from the query.
ADMIN_VIEWS = {
    # publications' versions (the latest of each publication), and the publications
    # themselves, which answer the "Supersedes" search
    "/admin/publications/publicationcontent/": [
        "q",
        "o",
        "p",
        "e",
        "kind__exact",
        "topics__id__exact",
        "document_year",
        "date_submitted__year",
        "date_submitted__month",
        "date_submitted__day",
        "_to_field",
        "_popup",
    ],
    "/admin/publications/publication/": ["q", "o", "p", "_to_field", "_popup"],
    "/admin/pages/inspection/": [
        "q",
        "o",
        "p",
        "kind__exact",
        "overall_judgement__exact",
        "starts_on__year",
        "starts_on__month",
        "starts_on__day",
    ],
    "/admin/pages/governancebody/": ["q", "o", "p", "kind__exact", "chair", "meets"],
    "/admin/pages/kpi/": ["q", "o", "p", "status", "unit__exact", "period"],
    "/admin/contacts/closure/": ["q", "o", "starts_on__year", "starts_on__month", "all"],
    "/admin/feedback/pagefeedback/": [
        "q",
        "o",
        "useful__exact",
        "created_at__year",
        "created_at__month",
    ],
}

# The changelists' date drill-downs (ModelAdmin.date_hierarchy).
DATE_HIERARCHIES = {
    "/admin/publications/publicationcontent/": "date_submitted",
    "/admin/pages/inspection/": "starts_on",
    "/admin/contacts/closure/": "starts_on",
    "/admin/feedback/pagefeedback/": "created_at",
}


def encode(value) -> str:
    """Percent-encode text (lone surrogates as their invalid bytes) or raw bytes."""
    if isinstance(value, bytes):
        return quote_from_bytes(value, safe="")
    return quote(value, safe="", errors="surrogatepass")


query_values = st.one_of(
    st.sampled_from(HOSTILE_QUERY_VALUES),
    st.text(max_size=40),
    st.text(st.characters(categories=["Cs", "Cc", "Cf"]), min_size=1, max_size=4),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.binary(min_size=1, max_size=12),
    st.builds("".join, st.lists(st.sampled_from(XSS_PAYLOADS), min_size=1, max_size=3)),
)
RAW_QUERIES = ["&", "&&==&", "=", "%", "%zz", "a=%E0%A4%A", "a=1;b=2", "?", "a==b", "%00=%00"]


def query_strings(names):
    """Query strings with the view's own parameters (often repeated) and some made-up ones."""
    keys = st.one_of(st.sampled_from(names), st.text(max_size=10), st.binary(max_size=6))
    pairs = st.lists(st.tuples(keys, query_values), max_size=6)
    built = pairs.map(lambda items: "&".join(f"{encode(k)}={encode(v)}" for k, v in items))
    return st.one_of(built, st.sampled_from(RAW_QUERIES))


def check(client, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code in ALLOWED_STATUSES, (path, query, response.status_code)
    if response.get("Content-Type", "").startswith("text/html"):
        problems = unsafe_markup(response.content.decode("utf-8", "replace"))
        assert not problems, (path, query, problems)
    else:
        # Echoed in data, never in a type a browser would render as a page.
        assert response.status_code in {301, 302, 404} or response["X-Content-Type-Options"] == (
            "nosniff"
        )


FUZZ = settings(
    max_examples=PUBLIC_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.parametrize("path", PUBLIC_VIEWS)
def test_public_views_survive_any_query_string(client, path):
    @FUZZ
    @given(query=query_strings(PUBLIC_VIEWS[path]))
    @example(query="q=%00&kind=%ED%A0%80&year=-1&year=99999999999999999999&page=-5")
    @example(query="at=%ED%A0%80&at=2026-13-40T25:61+99:99&at=" + "9" * 5000)
    @example(query="page=" + "9" * 10_000)
    @example(query="q=" + "x" * 10_000)
    def fuzz(query):
        check(client, path, query)

    fuzz()


@pytest.mark.parametrize("path", ADMIN_VIEWS)
def test_admin_changelists_survive_any_query_string(client, publisher, path):
    client.force_login(publisher)

    @settings(FUZZ, max_examples=ADMIN_EXAMPLES)
    @given(query=query_strings(ADMIN_VIEWS[path]))
    @example(query="q=%00")
    @example(query="q=" + "x" * 10_000)
    @example(query="o=99999999999999999999&p=-1&p=" + "9" * 5000)
    def fuzz(query):
        check(client, path, query)

    if date := DATE_HIERARCHIES.get(path):
        for query in (
            f"{date}__year=99999999999999999999",
            f"{date}__year=-1&{date}__month=0",
            f"{date}__year=9999",
            f"{date}__year=9999&{date}__month=12",
            f"{date}__year=9999&{date}__month=12&{date}__day=31",
            f"{date}__year=2024&{date}__month=13&{date}__day=40&e=1",
            f"{date}__year=2024&{date}__year=2025",
        ):
            fuzz = example(query=query)(fuzz)
    fuzz()


@pytest.mark.parametrize("path", PUBLIC_VIEWS)
def test_every_parameter_echoes_the_corpus_safely(client, path):
    """Each parameter a view reads, set to each payload in turn (Hypothesis may miss one)."""
    for name in PUBLIC_VIEWS[path]:
        for payload in XSS_PAYLOADS:
            check(client, path, f"{name}={encode(payload)}")


@pytest.mark.parametrize("payload", MARKUP_PAYLOADS)
def test_the_search_box_shows_what_was_searched_for_escaped(client, payload):
    response = client.get(f"/publications/?q={encode(payload)}&kind={encode(payload)}")

    html = response.content.decode()
    assert response.status_code == 400  # the kind is not one of the choices
    assert not unsafe_markup(html)
    assert f'value="{payload}"' not in html


def test_a_nul_in_an_admin_lists_filter_is_refused_in_plain_words(client, publisher):
    """PostgreSQL refuses a NUL in a query: before dccs_site/security.py caught it, a filter
    value with one (found by the fuzzing above) looked like a database outage (503)."""
    client.force_login(publisher)

    response = client.get("/admin/pages/governancebody/?meets=%00")

    assert response.status_code == 400
    assert "Address not understood" in response.text
