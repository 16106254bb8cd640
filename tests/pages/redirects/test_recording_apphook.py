"""Moving or renaming the publications page breaks no link to a publication or its PDF."""

import pytest
from cms.utils.apphook_reload import get_global_revision, reload_urlconf
from django.utils.html import escape

from publications.models import PublicationContent
from tests.pages.redirects.helpers import move_under, publish_new_slug, redirect_target, unpublish

pytestmark = pytest.mark.django_db


@pytest.fixture
def publication(seeded_site, client):
    """A published publication, on a site that has been answering for a while.

    The test process may have loaded its URLs before the seed hooked the
    publications app to its page; a running site has it at /publications/.
    """
    reload_urlconf(new_revision=get_global_revision())
    publication = PublicationContent.objects.order_by("pk").first()
    assert client.get(f"/publications/{publication.slug}/").status_code == 200
    return publication


def test_renaming_the_list_page_keeps_every_publication_link(publication, publisher, client):
    publish_new_slug("publications", "documents", publisher)

    detail = f"/publications/{publication.slug}/"
    download = f"/publications/{publication.slug}/download/"
    assert redirect_target(client, "/publications/") == "/documents/"
    assert redirect_target(client, detail) == f"/documents/{publication.slug}/"
    assert redirect_target(client, download) == f"/documents/{publication.slug}/download/"

    page = client.get(f"/documents/{publication.slug}/")
    assert page.status_code == 200
    assert escape(publication.title) in page.text
    pdf = client.get(f"/documents/{publication.slug}/download/")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    # the app's own links now use the new address
    assert publication.get_absolute_url() == f"/documents/{publication.slug}/"


def test_filtered_lists_and_the_feed_keep_working(publication, publisher, client):
    publish_new_slug("publications", "documents", publisher)

    target = redirect_target(client, "/publications/", QUERY_STRING="kind=strategy&page=1")
    assert target == "/documents/?kind=strategy&page=1"
    assert client.get(target).status_code == 200
    assert redirect_target(client, "/publications/feed/") == "/documents/feed/"
    assert client.get("/documents/feed/").status_code == 200


def test_moving_the_list_page_in_the_tree_keeps_every_link(publication, publisher, client):
    move_under(client, publisher, "publications", "about")

    new_detail = f"/about/publications/{publication.slug}/"
    assert redirect_target(client, f"/publications/{publication.slug}/") == new_detail
    assert client.get(new_detail).status_code == 200
    assert client.get(new_detail + "download/").status_code == 200


def test_moved_twice_still_one_hop(publication, publisher, client):
    publish_new_slug("publications", "documents", publisher)
    move_under(client, publisher, "publications", "about")

    for old in ("/publications/", "/documents/"):
        target = redirect_target(client, f"{old}{publication.slug}/download/")
        assert target == f"/about/documents/{publication.slug}/download/"
    assert client.get(f"/about/documents/{publication.slug}/download/").status_code == 200


def test_an_unpublished_list_page_takes_its_publications_with_it(publication, publisher, client):
    assert client.get(f"/publications/{publication.slug}/").status_code == 200

    unpublish("publications", publisher)

    assert client.get("/publications/").status_code == 410
    assert client.get(f"/publications/{publication.slug}/").status_code == 410
