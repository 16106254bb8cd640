"""publications/exports.py: the list as CSV and JSON, with the same filters."""

import csv
import io
import json

import pytest


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
