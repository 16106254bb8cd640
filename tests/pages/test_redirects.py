"""Links that never break: a page's old addresses lead to where it lives now, or say it's gone."""

import pytest
from cms.api import create_page
from cms.models import Page, PageContent
from django.core.exceptions import ValidationError
from django.urls import reverse
from djangocms_versioning.models import Version

from pages.models import Redirect
from pages.models.redirects import page_url_for_path
from pages.redirect_paths import candidate_paths, follow
from tests.pages.redirect_helpers import (
    move_under,
    publish_new_slug,
    redirect_target,
    unpublish,
)

pytestmark = pytest.mark.django_db


# The pure path logic


def test_candidates_are_the_path_then_its_ancestors_longest_first():
    assert candidate_paths("/a/b/c/") == ["/a/b/c/", "/a/b/", "/a/"]
    assert candidate_paths("/a/b/file.pdf") == ["/a/b/file.pdf", "/a/b/file.pdf/", "/a/b/", "/a/"]
    assert candidate_paths("/") == []
    assert candidate_paths("/admin/anything/") == []
    assert candidate_paths("no-slash") == []


def test_following_a_redirect_keeps_the_rest_of_the_path_and_the_query():
    assert follow("/new/", "/old/x/download/", "/old/", "v=2") == "/new/x/download/?v=2"
    assert follow("/new/?kind=plan", "/old/", "/old/", "page=2") == "/new/?kind=plan&page=2"
    # a single document takes the visitor there whatever followed the old address
    assert follow("https://example.org/report.pdf", "/old/x/", "/old/") == (
        "https://example.org/report.pdf"
    )
    # "/" + "/evil.example" must not become an address on another site
    assert follow("/", "/old//evil.example/", "/old/") == "/evil.example/"
    assert follow("/new/", "/old/../admin/", "/old/") is None


# Pages that move


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


def test_a_404_costs_one_query(seeded_site, publisher, django_assert_num_queries):
    publish_new_slug("about", "about-us", publisher)

    with django_assert_num_queries(1):
        answer = Redirect.objects.answer_for("/about/a/b/c/d/e/f/download/", query="x=1")
    assert answer.location == "/about-us/a/b/c/d/e/f/download/?x=1"
    with django_assert_num_queries(1):
        assert Redirect.objects.answer_for("/never/used/at/all/") is None
    with django_assert_num_queries(0):
        assert Redirect.objects.answer_for("/static/missing.css") is None


def test_addresses_never_used_are_still_404(seeded_site, publisher, client):
    publish_new_slug("about", "about-us", publisher)

    assert redirect_target(client, "/about/") == "/about-us/"
    assert client.get("/never-used/").status_code == 404
    # under a page that lives where it always did
    assert client.get("/about-us/not-a-page/").status_code == 404
    assert client.get("/contact/not-a-page/").status_code == 404


# Pages that go


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


def test_an_editors_redirect_replaces_gone(seeded_site, publisher, client):
    unpublish("cookies", publisher)
    row = Redirect.objects.get(from_path="/cookies/")
    client.force_login(publisher)
    assert client.get(reverse("admin:pages_redirect_changelist")).status_code == 200
    assert client.get(reverse("admin:pages_redirect_change", args=[row.pk])).status_code == 200
    response = client.post(
        reverse("admin:pages_redirect_change", args=[row.pk]),
        {"from_path": "/cookies/", "to_page": "", "to_path": "/privacy/", "permanent": ""},
    )
    client.logout()
    assert response.status_code == 302, response.context["adminform"].form.errors

    response = client.get("/cookies/")
    assert response.status_code == 302  # temporary: "permanent" was unticked
    assert response["Location"] == "/privacy/"
    row.refresh_from_db()
    assert not row.automatic
    # a local address where a page lives is stored as the page, so it follows it
    assert row.to_page == Page.objects.get(reverse_id="privacy")
    publish_new_slug("privacy", "privacy-notice", publisher)
    assert client.get("/cookies/")["Location"] == "/privacy-notice/"


# Editors' redirects, and what the admin refuses


def clean(**fields):
    redirect = Redirect(**fields)
    redirect.full_clean()
    return redirect


@pytest.mark.parametrize(
    "from_path",
    [
        "old-page/",
        "https://example.org/old/",
        "//example.org/old/",
        "/",
        "/admin/login/",
        "/static/css/site.css",
        "/media/file.pdf",
        "/old page/",
        "/old/?x=1",
    ],
)
def test_the_old_address_must_be_a_path_of_this_site(seeded_site, from_path):
    with pytest.raises(ValidationError) as refused:
        clean(from_path=from_path, to_path="/contact/")
    assert "from_path" in refused.value.message_dict


@pytest.mark.parametrize(
    "to_path", ["javascript:alert(1)", "http://example.org/", "//example.org/", "contact"]
)
def test_the_target_must_be_local_or_https(seeded_site, to_path):
    with pytest.raises(ValidationError) as refused:
        clean(from_path="/old-thing/", to_path=to_path)
    assert "to_path" in refused.value.message_dict


def test_a_redirect_to_itself_is_refused(seeded_site):
    with pytest.raises(ValidationError, match="itself"):
        clean(from_path="/old-thing/", to_path="/old-thing/")
    with pytest.raises(ValidationError, match="itself"):
        clean(from_path="/contact/", to_page=Page.objects.get(reverse_id="contact"))


def test_two_redirects_that_lead_to_each_other_are_refused(seeded_site):
    clean(from_path="/old-a/", to_path="/old-b/").save()

    with pytest.raises(ValidationError, match="circle"):
        clean(from_path="/old-b/", to_path="/old-a/")


def test_a_redirect_to_a_redirected_address_is_refused_naming_it(seeded_site, publisher):
    publish_new_slug("about", "about-us", publisher)

    with pytest.raises(ValidationError) as refused:
        clean(from_path="/campaign/", to_path="/about/")
    assert "/about/ itself redirects to /about-us/" in str(refused.value)


def test_redirects_leading_to_a_newly_redirected_address_are_collapsed(
    seeded_site, publisher, client
):
    clean(from_path="/leaflet/", to_path="/old-site/leaflet.pdf").save()
    client.force_login(publisher)
    response = client.post(
        reverse("admin:pages_redirect_add"),
        {"from_path": "/old-site/leaflet.pdf", "to_path": "/contact/", "permanent": "on"},
    )
    assert response.status_code == 302
    client.logout()

    assert redirect_target(client, "/leaflet/") == "/contact/"
    assert redirect_target(client, "/old-site/leaflet.pdf") == "/contact/"


def test_the_admin_shows_the_refusal(seeded_site, publisher, client):
    client.force_login(publisher)
    response = client.post(
        reverse("admin:pages_redirect_add"),
        {"from_path": "/admin/secret/", "to_path": "/contact/", "permanent": "on"},
    )

    assert response.status_code == 200
    assert "/admin/" in str(response.context["adminform"].form.errors["from_path"])
    assert not Redirect.objects.filter(from_path="/admin/secret/").exists()


def test_publishers_manage_redirects_and_editors_only_see_them(seeded_site, publisher, editor):
    from django.test import Client

    for user, add_status in ((publisher, 200), (editor, 403)):
        browser = Client()
        browser.force_login(user)
        assert browser.get(reverse("admin:pages_redirect_changelist")).status_code == 200
        assert browser.get(reverse("admin:pages_redirect_add")).status_code == add_status


# Nonsense never breaks anything


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


def draft_version_of(page):
    """The draft version of a page just made with ``create_page``."""
    return Version.objects.get_for_content(PageContent.admin_manager.get(page=page, language="en"))


def test_pages_published_before_redirects_existed_are_remembered(seeded_site, client):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("pages.migrations.0004_redirect")
    Redirect.objects.all().delete()
    migration.remember_current_addresses(apps, schema_editor=None)
    Page.objects.get(reverse_id="about").move_page(Page.objects.get(reverse_id="governance"))

    assert redirect_target(client, "/about/performance/") == "/governance/about/performance/"


def test_a_page_address_is_worked_out_as_django_cms_does(seeded_site):
    for page in Page.objects.all():
        assert page_url_for_path(page.get_path("en")) == page.get_absolute_url("en")


def test_the_seed_remembers_every_page_address(seeded_site):
    remembered = set(Redirect.objects.automatic().values_list("from_path", flat=True))

    assert {"/about/", "/about/performance/", "/publications/", "/contact/"} <= remembered
