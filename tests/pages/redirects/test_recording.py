"""Every address a published page has had is remembered: renamed, moved or deleted, its old
addresses lead to where it lives now in one hop, or say it is gone."""

import pytest
from cms.api import create_page
from cms.models import Page, PageContent
from django.urls import reverse
from djangocms_versioning.models import Version

from pages.redirects.models import Redirect
from tests.pages.redirects.helpers import move_under, publish_new_slug, redirect_target

pytestmark = pytest.mark.django_db


def test_a_new_slug_sends_the_old_address_to_the_new_one_in_one_hop(seeded_site, publisher, client):
    publish_new_slug("about", "about-us", publisher)

    assert redirect_target(client, "/about/") == "/about-us/"
    assert client.get("/about-us/").status_code == 200


def test_every_earlier_address_leads_straight_to_the_newest(seeded_site, publisher, client):
    for slug in ("access", "accessible", "accessibility-statement"):
        publish_new_slug("accessibility", slug, publisher)

    for old in ("/accessibility/", "/access/", "/accessible/"):
        assert redirect_target(client, old) == "/accessibility-statement/"
    assert client.get("/accessibility-statement/").status_code == 200


def test_moving_a_page_in_the_tree_moves_its_children_too(seeded_site, publisher, client):
    move_under(client, publisher, "about", "governance")

    assert redirect_target(client, "/about/") == "/governance/about/"
    assert redirect_target(client, "/about/performance/") == "/governance/about/performance/"
    assert client.get("/governance/about/performance/").status_code == 200


def test_a_page_moved_twice_by_different_means_still_takes_one_hop(seeded_site, publisher, client):
    move_under(client, publisher, "performance", "governance")
    publish_new_slug("performance", "how-we-are-doing", publisher)

    assert redirect_target(client, "/about/performance/") == "/governance/how-we-are-doing/"
    assert redirect_target(client, "/governance/performance/") == "/governance/how-we-are-doing/"


def draft_version_of(page):
    """The draft version of a page just made with ``create_page``."""
    return Version.objects.get_for_content(PageContent.admin_manager.get(page=page, language="en"))


def test_a_new_page_at_an_old_address_wins(seeded_site, publisher, client):
    publish_new_slug("about", "about-us", publisher)
    new_about = create_page(
        "A new about page", "cms/page.html", "en", slug="about", created_by=publisher
    )
    draft_version_of(new_about).publish(publisher)

    response = client.get("/about/")
    assert response.status_code == 200
    assert "A new about page" in response.text
    # the old page's child was not replaced: its old address still leads to it
    assert redirect_target(client, "/about/performance/") == "/about-us/performance/"
    # the new page owns what is under /about/ now: a real 404, not a redirect
    assert client.get("/about/nothing-here/").status_code == 404


def test_a_deleted_page_answers_gone(seeded_site, client):
    Page.objects.get(reverse_id="cookies").delete()

    assert client.get("/cookies/").status_code == 410
    assert Redirect.objects.get(from_path="/cookies/").to_page is None


def test_a_page_deleted_in_the_admin_answers_gone(seeded_site, client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", password="a-long-test-password")
    page = Page.objects.get(reverse_id="privacy")
    client.force_login(admin)
    response = client.post(reverse("admin:cms_page_delete", args=[page.pk]), {"post": "yes"})
    client.logout()
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()

    assert client.get("/privacy/").status_code == 410


def test_pages_published_before_redirects_existed_are_remembered(seeded_site, client):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("pages.migrations.0004_redirect")
    Redirect.objects.all().delete()
    migration.remember_current_addresses(apps, schema_editor=None)
    Page.objects.get(reverse_id="about").move_page(Page.objects.get(reverse_id="governance"))

    assert redirect_target(client, "/about/performance/") == "/governance/about/performance/"


def test_the_seed_remembers_every_page_address(seeded_site):
    remembered = set(Redirect.objects.automatic().values_list("from_path", flat=True))

    assert {"/about/", "/about/performance/", "/publications/", "/contact/"} <= remembered
