"""A new visitor's first view of the home page: few requests, all to the site, nothing
holding up the page but its one stylesheet.

The weight limit (60 KB compressed) is the benchmark's (scripts/bench/first_view.py
against gunicorn): the live server here sends static files uncompressed.
"""

import pytest

from scripts.bench.first_view import MAX_REQUESTS, first_view

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_home_page_first_view_is_a_few_requests_to_the_site_alone(site_url, browser):
    result = first_view(browser, f"{site_url}/")
    rows = "\n".join(f"{row['type']} {row['url']}" for row in result["resources"])

    assert result["requests"] <= MAX_REQUESTS, rows
    assert {row["type"] for row in result["resources"]} >= {"document", "css", "js", "image"}
    assert all(row["status"] == 200 for row in result["resources"]), rows
    assert result["third_party_hosts"] == []
    assert [item for item in result["render_blocking"] if item["type"] != "stylesheet"] == []
    assert len(result["render_blocking"]) == 1  # the site's stylesheet, and nothing else
