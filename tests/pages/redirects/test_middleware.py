"""A 404 for an old address becomes a 301 to where its page lives, or a 410 with help."""

import pytest

from tests.pages.redirects.helpers import publish_new_slug, redirect_target, unpublish

pytestmark = pytest.mark.django_db


def test_addresses_under_a_moved_page_follow_it_with_the_query(seeded_site, publisher, client):
    publish_new_slug("about", "about-us", publisher)

    assert redirect_target(client, "/about/some/deeper/path/") == "/about-us/some/deeper/path/"
    assert redirect_target(client, "/about/", QUERY_STRING="a=1&b=two") == "/about-us/?a=1&b=two"
    # without the trailing slash: straight to the new address, not via /about/
    assert redirect_target(client, "/about") == "/about-us/"


def test_head_requests_get_the_same_answers(seeded_site, publisher, client):
    publish_new_slug("about", "about-us", publisher)
    unpublish("cookies", publisher)

    response = client.head("/about/")
    assert response.status_code == 301
    assert response["Location"] == "/about-us/"
    assert client.head("/cookies/").status_code == 410


def test_addresses_never_used_are_still_404(seeded_site, publisher, client):
    publish_new_slug("about", "about-us", publisher)

    assert redirect_target(client, "/about/") == "/about-us/"
    assert client.get("/never-used/").status_code == 404
    # under a page that lives where it always did
    assert client.get("/about-us/not-a-page/").status_code == 404
    assert client.get("/contact/not-a-page/").status_code == 404


def test_an_unpublished_page_answers_gone_with_help(seeded_site, publisher, client):
    unpublish("about", publisher)

    response = client.get("/about/")
    assert response.status_code == 410
    page = response.text
    assert "This page has been removed" in page
    assert 'action="/search/"' in page and 'name="q"' in page
    assert 'href="/"' in page and 'href="/contact/"' in page
    # its children went with it, and anything under it
    assert client.get("/about/performance/").status_code == 410
    assert client.get("/about/anything/").status_code == 410


HOSTILE_PATHS = [
    "/about/" + "a/" * 2000,
    "/about/" + "x" * 20000,
    "/about//evil.example/",
    "/about/\\evil.example/",
    "/about/../../etc/passwd",
    "/about/%2e%2e/admin/",
    "/about/%0d%0aSet-Cookie:%20x=1/",
    "/about/%E2%80%AE%F0%9F%98%80/",
    "/about/%ff%fe/",
    "/%E2%80%AE/",
    "/about/<script>/",
]


def test_hostile_paths_never_fail_or_lead_off_the_site(seeded_site, publisher, client):
    publish_new_slug("about", "about-us", publisher)

    for path in HOSTILE_PATHS:
        response = client.get(path)
        assert response.status_code < 500, (path[:80], response.status_code)
        location = response.get("Location", "/")
        # stays on this site (Django's own slash-appending may answer some of these)
        assert location.startswith("/") and not location.startswith(("//", "/\\")), location[:80]
        assert "\n" not in location and "\r" not in location
    assert redirect_target(client, "/about//evil.example/") == "/about-us/evil.example/"
    assert redirect_target(client, "/about/\\evil.example/") == "/about-us/evil.example/"
    assert client.get("/about/../../etc/passwd/").status_code == 404
