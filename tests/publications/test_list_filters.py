"""Filters and search: every combination is a link; nonsense never causes a 500."""

import csv
import io
import json
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from publications.models import Publication


def listed_titles(response):
    html = response.content.decode()
    return [unescape(t) for t in re.findall(r'dccs-publication__title"><a [^>]+>([^<]+)<', html)]


LIBRARY = {"Early help strategy", "SEND strategy", "Youth plan", "Annual report"}


@pytest.fixture
def library(make_publication):
    make_publication(
        title="Early help strategy",
        kind="strategy",
        document_year=2023,
        topics=["early-help"],
        summary="How we help families early.",
    )
    make_publication(
        title="SEND strategy",
        kind="strategy",
        document_year=2022,
        topics=["send"],
        summary="Special educational needs.",
    )
    make_publication(
        title="Youth plan",
        kind="plan",
        document_year=2023,
        topics=["early-help"],
        summary="A plan for young people.",
    )
    make_publication(
        title="Annual report",
        kind="report",
        document_year=2021,
        summary="The year in review.",
        body="<p>Care leavers and housing.</p>",
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=strategy", {"Early help strategy", "SEND strategy"}),
        ("kind=strategy&year=2023", {"Early help strategy"}),
        ("topic=early-help", {"Early help strategy", "Youth plan"}),
        ("topic=early-help&kind=plan", {"Youth plan"}),
        ("q=families", {"Early help strategy"}),
        ("q=care+leavers", {"Annual report"}),
        ("q=strategy&year=2022", {"SEND strategy"}),
    ],
)
def test_filters_combine(library, client, query, expected):
    response = client.get(f"/publications/?{query}")

    assert response.status_code == 200
    # The seeded publications are there too; these four are the ones built to tell apart.
    assert set(listed_titles(response)) & LIBRARY == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "kind=nonsense",
        "year=abc",
        "year=1066",
        "topic=%00",
        "q=" + "x" * 5000,
        "q=%00",
        "q=a%00b",
    ],
)
def test_nonsense_filters_get_a_clear_400_page(seeded_site, client, query):
    response = client.get(f"/publications/?{query}")

    assert response.status_code == 400
    assert "There is a problem with the filters" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("number", ["-1", "0", "99999", "abc", "1.5"])
def test_nonsense_page_numbers_give_a_clean_page(seeded_site, client, number):
    response = client.get(f"/publications/?page={number}")

    assert response.status_code == 200
    assert listed_titles(response)


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.dictionaries(
        st.sampled_from(["q", "kind", "topic", "year", "page", "utm_source"]),
        st.text(max_size=300),
        max_size=5,
    )
)
def test_hostile_query_strings_never_cause_a_server_error(seeded_site, client, params):
    for path in ("/publications/", "/publications/export.csv", "/publications/export.json"):
        response = client.get(path, params)
        assert response.status_code in (200, 400), (path, params, response.status_code)


@pytest.mark.django_db
def test_the_list_costs_the_same_queries_with_10_or_2000_publications(client, make_publication):
    def bulk(count, start):
        Publication.objects.bulk_create(
            Publication(
                title=f"Bulk {n}",
                slug=f"bulk-{n}",
                kind="report",
                summary="Bulk.",
                document_year=2000 + n % 20,
                is_published=True,
                file="publications/x.pdf",
                file_size=1000,
                page_count=2,
            )
            for n in range(start, start + count)
        )

    bulk(10, 0)
    client.get("/publications/?kind=report")  # warm the per-process caches (menus, URLs)
    with CaptureQueriesContext(connection) as small:
        assert client.get("/publications/?kind=report").status_code == 200
    bulk(1990, 10)
    with CaptureQueriesContext(connection) as large:
        assert client.get("/publications/?kind=report").status_code == 200

    assert len(large) == len(small)


@pytest.mark.django_db
def test_the_feed_lists_publications_newest_added_first(library, client):
    response = client.get("/publications/feed/")
    body = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "<title>Annual report</title>" in body
    assert 'type="application/pdf"' in body and "/download/" in body


@pytest.mark.django_db
def test_csv_and_json_exports_follow_the_filters(library, client):
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/publications/export.csv?kind=strategy").content.decode())
        )
    )
    data = json.loads(client.get("/publications/export.json?kind=strategy&year=2023").content)

    strategies = {row["title"] for row in rows}
    assert {"Early help strategy", "SEND strategy"} <= strategies
    assert all(row["kind"] == "Strategy" for row in rows)
    assert [
        item["title"] for item in data["publications"] if item["title"] == "Early help strategy"
    ]
    assert all(item["year"] == 2023 for item in data["publications"])
    assert data["publications"][0]["download_url"].startswith("http://testserver/publications/")


@pytest.mark.django_db
def test_an_export_with_bad_filters_says_what_is_wrong(seeded_site, client):
    response = client.get("/publications/export.json?year=abc")

    assert response.status_code == 400
    assert "year" in response.json()["errors"]
