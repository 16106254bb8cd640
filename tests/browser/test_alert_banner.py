"""The alert banners in Chromium: accessible in each severity; put up with no end, shown from its
start on pages the site had kept, and gone at "Stop showing now"."""

import datetime as dt

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from pages.models import AlertBanner, AlertSeverity
from pages.roles import PUBLISHER
from tests.browser.test_accessibility import signed_in

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
    expect(page.get_by_role("region", name="Important A announcement notice")).to_be_visible()
    expect(page.get_by_role("region", name="Service update A minor notice")).to_be_visible()
    # Each severity its own colour on the title strip (the help text promises red and grey):
    # they were all the brand's maroon, only the border told them apart.
    strips = page.locator(".govuk-notification-banner__header").evaluate_all(
        "headers => headers.map(h => getComputedStyle(h).backgroundColor)"
    )
    assert len(set(strips)) == 3, strips
    assert strips[0] == "rgb(202, 53, 53)"  # GOV.UK red, the emergency first
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()


def a_readers_visit(browser, url) -> tuple[dict, str]:
    """A resident's first visit (a browser with nothing cached): the response's headers
    (``x-page-cache: hit`` when the site served the page it had kept) and the banners shown."""
    context = browser.new_context()
    try:
        page = context.new_page()
        response = page.goto(url)
        banners = " ".join(page.locator(".dccs-alert").all_inner_texts())
        return response.headers, banners
    finally:
        context.close()


def test_a_banner_with_no_end_appears_on_a_kept_page_at_its_start_and_goes_at_stop(
    site_url, browser
):
    """The live server runs in this process, so moving the clock here moves the site's."""
    home = f"{site_url}/"
    now = timezone.localtime().replace(second=0, microsecond=0)
    starts = now + dt.timedelta(minutes=1)

    with time_machine.travel(now, tick=False) as clock:
        publishing, _ = signed_in(browser, site_url, PUBLISHER)
        try:
            publishing.goto(f"{site_url}{reverse('admin:pages_alertbanner_add')}")
            publishing.get_by_label("Severity").select_option("emergency")
            publishing.get_by_label("Title").fill("Flooding near the Barbican")
            publishing.get_by_label("Message").fill("Call 999 if you are in danger.")
            shown_from = publishing.get_by_role("group", name="Shown from (London time)")
            shown_from.get_by_label("Day").fill(starts.strftime("%Y-%m-%d"))
            shown_from.get_by_label("Time").fill(starts.strftime("%H:%M"))
            shown_until = publishing.get_by_role(
                "group", name="Shown until (London time, optional)"
            )
            expect(shown_until.get_by_label("Day")).to_have_value("")  # no end
            publishing.get_by_role("button", name="Save", exact=True).click()
            publishing.wait_for_url("**/admin/pages/alertbanner/")
            expect(publishing.locator("#result_list")).to_contain_text("Until stopped")

            # Half a minute before the start the site keeps the page, without the banner
            # (the CMS alone would keep it for a minute: past the start).
            clock.shift(dt.timedelta(seconds=30))
            assert a_readers_visit(browser, home)[1] == ""
            kept, banners = a_readers_visit(browser, home)
            assert (kept.get("x-page-cache"), banners) == ("hit", "")
            assert "s-maxage=30" in kept["cache-control"]  # no proxy keeps it past the start

            clock.move_to(starts)  # nobody saves anything: the start alone changes the page
            _, banners = a_readers_visit(browser, home)
            assert "Flooding near the Barbican" in banners
            kept, banners = a_readers_visit(browser, home)
            assert kept.get("x-page-cache") == "hit"  # kept again, banner and all
            assert "Flooding near the Barbican" in banners

            clock.shift(dt.timedelta(seconds=20))
            banner = AlertBanner.objects.get()
            change_form = reverse("admin:pages_alertbanner_change", args=[banner.pk])
            publishing.goto(f"{site_url}{change_form}")
            publishing.get_by_role("link", name="Stop showing now").click()
            publishing.get_by_role("button", name="Stop showing now").click()
            publishing.wait_for_url("**/admin/pages/alertbanner/")
            expect(publishing.locator(".messagelist")).to_contain_text(
                "Readers no longer see it on any page."
            )

            answer, banners = a_readers_visit(browser, home)
        finally:
            publishing.context.close()

    assert "Flooding near the Barbican" not in banners
    assert answer.get("x-page-cache") != "hit"  # the page it had kept went at once
    banner.refresh_from_db()
    assert banner.ends_at == starts + dt.timedelta(seconds=20)
