"""Fresh in every reader's browser: a reader who already has a page gets the change on their
next click, not the copy their browser kept (site_cache/lifetimes.py: browsers revalidate
every time, with the ETag, and the site answers 304 while nothing changed)."""

import secrets
from datetime import timedelta

import pytest
from cms.models import Page, PageContent
from django.utils import timezone
from djangocms_text.models import Text
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version
from playwright.sync_api import expect

from pages.models import AlertBanner, AlertSeverity
from tests.page_factories import page_author

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def publish_home_page_with(sentence: str) -> None:
    """A new version of the home page with one sentence more, published as "Publish" does."""
    author = page_author()
    contents = PageContent.admin_manager.filter(page=Page.objects.get(is_home=True), language="en")
    live = Version.objects.get(
        object_id__in=contents.values("pk"), content_type__model="pagecontent", state=PUBLISHED
    )
    draft = live.copy(author)
    placeholder = draft.content.get_placeholders().get(slot="content")
    block = Text.objects.filter(placeholder=placeholder).order_by("position").first()
    block.body += f"<p>{sentence}</p>"
    block.save()
    draft.publish(author)


def click_home(reader) -> None:
    with reader.expect_navigation():
        reader.get_by_role("navigation", name="Menu").get_by_role("link", name="Home").click()


def test_a_reader_on_the_home_page_clicks_home_after_a_publish_and_gets_the_new_text(
    site_url, page
):
    sentence = f"Published while the reader was here {secrets.token_hex(3)}."
    page.goto(f"{site_url}/")
    expect(page.locator("main")).not_to_contain_text(sentence)

    publish_home_page_with(sentence)
    click_home(page)

    expect(page.locator("main")).to_contain_text(sentence)


def test_an_emergency_banner_shows_on_the_next_click_home_and_goes_on_the_next(site_url, page):
    title = f"Emergency {secrets.token_hex(3)}"
    page.goto(f"{site_url}/")
    click_home(page)  # the browser has the page: it may only ask whether it changed
    expect(page.locator(".dccs-alert")).to_have_count(0)

    banner = AlertBanner.objects.create(
        severity=AlertSeverity.EMERGENCY,
        title=title,
        message="Call 999 if you are in danger.",
        starts_at=timezone.now() - timedelta(minutes=1),
    )
    click_home(page)
    expect(page.locator(".dccs-alert")).to_contain_text(title)

    banner.ends_at = timezone.now()  # "Stop showing now"
    banner.save()
    click_home(page)
    expect(page.locator(".dccs-alert")).to_have_count(0)
