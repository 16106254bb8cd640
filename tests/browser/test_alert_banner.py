"""The alert banners in Chromium: accessible in each severity."""

import datetime as dt

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from pages.models import AlertBanner, AlertSeverity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def test_banners_of_every_severity_pass_axe(site_url, page):
    now = timezone.now()
    for severity in AlertSeverity:
        AlertBanner.objects.create(
            severity=severity,
            title=f"A {severity.value} notice",
            message="What a resident needs to know, in a sentence.",
            link_url="/contact/",
            link_text=f"Contact us about the {severity.value} notice",
            starts_at=now - dt.timedelta(minutes=1),
            ends_at=now + dt.timedelta(hours=1),
        )

    page.goto(f"{site_url}/")

    emergency = page.get_by_role("region", name="Emergency A emergency notice")
    expect(emergency).to_contain_text("What a resident needs to know")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()
