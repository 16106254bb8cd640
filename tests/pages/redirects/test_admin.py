"""Publishers change and add redirects in the admin; Editors only look."""

import pytest
from cms.models import Page
from django.urls import reverse

from pages.redirects.models import Redirect
from tests.pages.redirects.helpers import publish_new_slug, redirect_target, unpublish
from tests.pages.redirects.test_models import clean

pytestmark = pytest.mark.django_db


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


def test_the_list_shows_redirects_not_the_addresses_pages_live_at(seeded_site, publisher, client):
    """The site records every page's address to follow it when it moves; the list shows only
    the addresses that lead somewhere else, or are gone."""
    import re
    from html import unescape

    publish_new_slug("privacy", "privacy-notice", publisher)
    unpublish("cookies", publisher)
    Redirect.objects.create(from_path="/old-site/social-care/", to_path="/contact/")
    client.force_login(publisher)
    html = client.get(reverse("admin:pages_redirect_changelist")).content.decode()
    rows = {
        unescape(re.sub(r"<[^>]+>", "", cell)).strip()
        for cell in re.findall(r'<t[hd] class="field-from_path[^"]*">(.*?)</t[hd]>', html, re.S)
    }
    # (the home page's slug address leads to "/": a redirect too)
    assert rows == {"/privacy/", "/cookies/", "/old-site/social-care/", "/home/"}
    assert "Nowhere" not in html
    # every live page keeps its record all the same, to follow it when it moves
    assert Redirect.objects.filter(from_path="/about/").exists()
