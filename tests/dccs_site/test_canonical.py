"""One canonical origin (dccs_site/canonical.py): ``SITE_URL`` names the site in every link it
gives out, whatever Host a request sent, and other host names are sent there."""

import re

import pytest
from django.contrib.sites.models import Site
from django.core import checks
from django.test import Client, override_settings

from dccs_site.canonical import check_site_record, keep_site_record

REAL = "https://www.example.gov.uk"


@pytest.fixture(autouse=True)
def forget_the_site_record():
    """The Sites framework keeps the record in this process's memory: a test's record (its
    row is rolled back) must not name the site for the tests after it."""
    yield
    Site.objects.clear_cache()


@pytest.fixture
def real_site(settings):
    """The site as production names it, with a second allowed host name (an old one)."""
    settings.SITE_URL = REAL
    settings.ALLOWED_HOSTS = ["www.example.gov.uk", "localhost", "testserver"]
    keep_site_record()
    return Client()


@pytest.mark.django_db
def test_a_page_asked_for_by_another_host_name_still_names_the_real_one(seeded_site, real_site):
    html = real_site.get("/about/", HTTP_HOST="localhost").text
    assert '<link rel="canonical" href="https://www.example.gov.uk/about/">' in html
    assert '<meta property="og:url" content="https://www.example.gov.uk/about/">' in html
    assert "localhost" not in html


@pytest.mark.django_db
def test_robots_sitemap_feed_and_exports_name_the_real_host(seeded_site, real_site):
    robots = real_site.get("/robots.txt", HTTP_HOST="localhost").text
    assert "Sitemap: https://www.example.gov.uk/sitemap.xml" in robots.splitlines()
    sitemap = real_site.get("/sitemap.xml", HTTP_HOST="localhost", secure=True).text
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations and all(loc.startswith(f"{REAL}/") for loc in locations)
    feed = real_site.get("/publications/feed/", HTTP_HOST="localhost", secure=True).text
    links = re.findall(r'<link href="([^"]+)"', feed)
    assert links and all(link.startswith(f"{REAL}/") for link in links)
    exported = real_site.get("/publications/export.json", HTTP_HOST="localhost").json()
    assert exported["publications"]
    for item in exported["publications"]:
        assert item["url"].startswith(f"{REAL}/publications/")
        assert item["download_url"].startswith(f"{REAL}/publications/")
    assert "localhost" not in real_site.get("/publications/export.csv", HTTP_HOST="localhost").text


@pytest.mark.django_db
def test_the_sites_record_follows_site_url_and_a_check_warns_when_it_does_not(settings):
    settings.SITE_URL = REAL
    keep_site_record()
    assert Site.objects.get_current().domain == "www.example.gov.uk"
    assert check_site_record(databases=["default"]) == []

    Site.objects.filter(pk=settings.SITE_ID).update(domain="example.com")
    warnings = check_site_record(databases=["default"])
    assert [w.id for w in warnings] == ["dccs.W001"]
    assert isinstance(warnings[0], checks.Warning)
    assert "example.com" in warnings[0].msg


@pytest.mark.django_db
def test_the_sites_record_is_named_after_the_host_unless_someone_named_it(settings):
    """The admin's header button says "Open <the Sites record's name>"."""
    settings.SITE_URL = REAL
    Site.objects.filter(pk=settings.SITE_ID).update(name="example.com")
    keep_site_record()
    assert Site.objects.get(pk=settings.SITE_ID).name == "www.example.gov.uk"

    Site.objects.filter(pk=settings.SITE_ID).update(name="Children's services website")
    keep_site_record()
    assert Site.objects.get(pk=settings.SITE_ID).name == "Children's services website"


@pytest.mark.django_db
def test_another_allowed_host_name_is_sent_to_the_same_path_on_the_real_one(real_site):
    with override_settings(CANONICAL_HOST_REDIRECT=True):
        client = Client()
        response = client.get("/publications/?topic=send", HTTP_HOST="localhost")
        assert response.status_code == 301
        assert response["Location"] == f"{REAL}/publications/?topic=send"
        # the real host is served; a load balancer's health check is answered on any
        assert client.get("/robots.txt", HTTP_HOST="www.example.gov.uk").status_code == 200
        assert client.get("/healthz", HTTP_HOST="localhost").status_code in (200, 503)
