"""Every answer with a lifetime of its own leaves with the browsers' rule (site_cache/lifetimes.py):
``public, max-age=0, must-revalidate, s-maxage=<no more than its lifetime>``."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.utils import timezone

from pages.models import AlertBanner
from publications.models import PublicationContent, PublicationSlug
from site_cache import generation
from tests.pages.redirects.helpers import publish_new_slug, unpublish

pytestmark = pytest.mark.django_db

RULE = re.compile(r"^public, max-age=0, must-revalidate, s-maxage=(\d+)$")


def shared_lifetime(response) -> int:
    """The s-maxage of an answer that follows the rule (fails the test if it does not)."""
    match = RULE.match(response.get("Cache-Control", ""))
    assert match, f"{response.status_code}: {response.get('Cache-Control')!r}"
    assert "Expires" not in response
    return int(match[1])


@pytest.fixture
def reader():
    return Client()


@pytest.mark.parametrize(
    "address",
    [
        "/publications/",
        "/publications/feed/",
        "/publications/export.csv?kind=strategy",
        "/publications/export.json",
        "/sitemap.xml",
        "/search/?q=ofsted",
        "/contact/now.json",
        "/contact/now.json?at=2026-12-25T10:00:00Z",
        "/robots.txt",
    ],
)
def test_views_with_a_lifetime_of_their_own_follow_the_rule_and_are_kept(reader, address):
    first = reader.get(address)
    again = reader.get(address)

    assert first.status_code == 200
    assert 0 < shared_lifetime(first) <= (3600 if address == "/robots.txt" else 60)
    assert again["X-Page-Cache"] == "hit"
    assert shared_lifetime(again) <= shared_lifetime(first)


def test_a_publications_old_address_and_a_deleted_ones_follow_the_rule(seeded_site, reader):
    live = PublicationContent.objects.order_by("pk").first()
    PublicationSlug.objects.create(publication=live.publication, slug="an-old-address")
    PublicationSlug.objects.create(publication=None, slug="a-deleted-one")

    moved, gone = (
        reader.get("/publications/an-old-address/"),
        reader.get("/publications/a-deleted-one/"),
    )

    assert (moved.status_code, gone.status_code) == (301, 410)
    assert 0 < shared_lifetime(moved) <= 60
    assert 0 < shared_lifetime(gone) <= 60


def test_an_old_page_address_and_a_removed_page_follow_the_rule(seeded_site, publisher, reader):
    publish_new_slug("about", "about-us", publisher)
    unpublish("cookies", publisher)

    moved, gone = reader.get("/about/"), reader.get("/cookies/")

    assert (moved.status_code, gone.status_code) == (301, 410)
    assert 0 < shared_lifetime(moved) <= 3600
    assert 0 < shared_lifetime(gone) <= 3600


def test_no_shared_cache_keeps_an_answer_past_the_next_scheduled_change(reader):
    """Not even one the fast path did not keep (here: a session cookie), nor a 410's hour."""
    now = timezone.now()
    AlertBanner.objects.create(
        title="Lines down tonight",
        message="Use the out-of-hours number.",
        starts_at=now + timedelta(seconds=30),
    )
    generation.state().bump_host()  # as the banner's own save does
    with_cookie = Client(HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=not-a-real-session")

    with time_machine.travel(now, tick=False):
        search = with_cookie.get("/search/?q=ofsted")
        page = reader.get("/about/")

    assert "X-Page-Cache" not in search
    assert shared_lifetime(search) <= 30
    assert shared_lifetime(page) <= 30


def test_answers_with_no_shared_lifetime_keep_their_headers(reader, editor):
    staff = Client()
    staff.force_login(editor)

    assert "no-store" in staff.get("/about/")["Cache-Control"]
    assert "no-store" in reader.get("/contact/now.json?at=nonsense")["Cache-Control"]
