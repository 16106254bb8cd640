"""Search engines and sharing: the sitemap lists what residents can see, and every
page says what it is called, what it is about and where it lives."""

import re
from urllib.parse import urlparse

import pytest
from cms.api import create_page
from djangocms_versioning.models import Version

from pages.seed.content import SEED_PAGES
from publications.models import PublicationContent


def sitemap_paths(client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return [urlparse(url).path for url in re.findall(r"<loc>([^<]+)</loc>", response.text)]


@pytest.mark.django_db
def test_the_sitemap_lists_every_seeded_page_and_published_publication(client):
    paths = sitemap_paths(client)

    for seed in SEED_PAGES:
        assert seed.path in paths
    for publication in PublicationContent.objects.all():
        assert publication.get_absolute_url() in paths
    assert len(paths) == len(set(paths))


@pytest.mark.django_db
def test_every_address_in_the_sitemap_answers_200_to_anyone(client):
    for path in sitemap_paths(client):
        assert client.get(path).status_code == 200, path


@pytest.mark.django_db
def test_drafts_and_unpublished_publications_stay_out_of_the_sitemap(client, publisher):
    create_page("A draft nobody has published", "cms/page.html", "en", created_by=publisher)
    withdrawn = PublicationContent.objects.first()
    Version.objects.get_for_content(withdrawn).unpublish(publisher)

    paths = sitemap_paths(client)

    assert not any("a-draft-nobody-has-published" in path for path in paths)
    assert withdrawn.get_absolute_url() not in paths


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt", secure=True)

    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.text.splitlines()  # SITE_URL
    assert "Disallow: /admin/" in response.text


def head_of(html: str) -> dict[str, str]:
    meta = {
        "title": re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip(),
        "canonical": re.search(r'<link rel="canonical" href="([^"]*)"', html).group(1),
    }
    for name in ("description", "og:title", "og:description", "og:url"):
        found = re.search(rf'<meta (?:name|property)="{name}" content="([^"]*)"', html)
        meta[name] = found.group(1) if found else ""
    return meta


@pytest.mark.django_db
def test_every_page_has_a_unique_title_and_description_and_its_own_canonical_address(client):
    publication = PublicationContent.objects.first()
    paths = [seed.path for seed in SEED_PAGES] + [publication.get_absolute_url()]
    heads = {path: head_of(client.get(path, secure=True).text) for path in paths}

    titles = [head["title"] for head in heads.values()]
    descriptions = [head["description"] for head in heads.values()]
    assert len(set(titles)) == len(titles)
    assert all(descriptions) and len(set(descriptions)) == len(descriptions)
    for path, head in heads.items():
        assert head["canonical"] == f"http://testserver{path}"  # SITE_URL, whatever the scheme
        assert head["og:url"] == head["canonical"]
        assert head["og:title"] and head["og:title"] in head["title"]
        assert head["og:description"] == head["description"]


@pytest.mark.django_db
def test_the_canonical_address_ignores_the_query_string(client):
    html = client.get("/publications/?q=plan&utm_source=email").text

    assert head_of(html)["canonical"] == "http://testserver/publications/"


@pytest.mark.django_db
def test_a_missing_page_claims_no_canonical_address(client):
    assert 'rel="canonical"' not in client.get("/no-such-page/").text
