"""The banners in every page's layout (pages/templatetags/alerts.py): shown as text, no cookie."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from pages.seed.content import SEED_PAGES
from tests.pages.alerts.test_models import NOON, banner


@pytest.mark.django_db
def test_a_banner_shows_on_every_page_while_it_is_on(client):
    banner()

    with time_machine.travel(NOON + dt.timedelta(minutes=5), tick=False):
        for seed in SEED_PAGES:
            response = client.get(seed.path)
            assert "Offices closed for training" in response.text, seed.path
            assert response.cookies == {}
        assert "Offices closed for training" in client.get("/publications/").text


@pytest.mark.django_db
def test_a_banner_with_no_end_shows_on_every_page_until_it_is_stopped(client):
    open_ended = banner(ends_at=None)

    with time_machine.travel(NOON + dt.timedelta(days=365), tick=False):
        for seed in SEED_PAGES:
            assert "Offices closed for training" in client.get(seed.path).text, seed.path
        kept = client.get("/")
        assert kept["X-Page-Cache"] == "hit"  # no end to wait for: pages are kept meanwhile
        assert "Offices closed for training" in kept.text

        assert open_ended.stop(timezone.now())
        assert "Offices closed for training" not in client.get("/").text


@pytest.mark.django_db
def test_saving_a_banner_shows_it_at_once_on_cached_pages(client):
    with time_machine.travel(NOON + dt.timedelta(minutes=1), tick=False):
        assert "Offices closed" not in client.get("/about/").text  # now cached
        banner()
        assert "Offices closed" in client.get("/about/").text


@pytest.mark.django_db
def test_banner_text_is_shown_as_text(client):
    banner(title="<script>alert(1)</script>", message='<img src=x onerror="alert(1)">')

    with time_machine.travel(NOON + dt.timedelta(minutes=1), tick=False):
        html = client.get("/").text

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
