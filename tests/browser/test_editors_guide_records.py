"""The editors' guide's sections on the department's records (docs/editors.md), walked in
Chromium: a closure day, an alert banner, an inspection. The guide's other sections:
test_editors_guide.py and test_editors_guide_publications.py."""

import datetime as dt

import time_machine
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.test_editors_guide import (
    open_in_admin,
    reader_sees,
    signed_in,
    walks_the_guide,
)
from tests.publications.factories import PublicationFactory

# A Wednesday in office hours, London time (GMT): the office is open until a closure says not.
WEDNESDAY = dt.datetime(2026, 12, 23, 11, 0, tzinfo=dt.UTC)


@walks_the_guide
def test_add_a_closure_day(site_url, browser):
    with time_machine.travel(WEDNESDAY, tick=False):
        assert "The office is open now." in reader_sees(browser, f"{site_url}/contact/")
        page = signed_in(browser, site_url, "pat")
        try:
            open_in_admin(page, "Contacts", "Closures")
            page.get_by_role("link", name="Add closure").click()
            page.get_by_label("First day closed").fill("2026-12-23")
            page.get_by_label("Last day closed").fill("2026-12-23")
            page.get_by_label("Reason").fill("Christmas closure")
            page.get_by_role("button", name="Save", exact=True).click()
            expect(page.locator(".messagelist")).to_contain_text("was added successfully")
        finally:
            page.context.close()

        for path in ("/contact/", "/"):
            seen = reader_sees(browser, f"{site_url}{path}")
            assert "The office is closed now." in seen, path
            assert "The office is closed: Christmas closure." in seen, path
            assert "In an emergency, call the emergency duty team on" in seen, path


EMERGENCY = "Emergency: a risk to life or safety (shown first, in red)"


@walks_the_guide
def test_turn_an_alert_banner_on_and_off(site_url, browser):
    now = timezone.localtime()
    page = signed_in(browser, site_url, "pat")
    try:
        open_in_admin(page, "Site records", "Alert banners")
        page.get_by_role("link", name="Add alert banner").click()
        page.get_by_label("Severity").select_option(label=EMERGENCY)
        page.get_by_label("Title").fill("Offices closed")
        page.get_by_label("Message").fill("A burst pipe has closed the offices today.")
        page.get_by_label("Link address").fill("/contact/")
        page.get_by_label("Link text").fill("How to contact us")
        shown_from = page.get_by_role("group", name="Shown from (London time)")
        shown_from.get_by_label("Day", exact=True).fill(now.strftime("%Y-%m-%d"))
        shown_from.get_by_label("Time", exact=True).fill(now.strftime("%H:%M"))
        until = page.get_by_role("group", name="Shown until (London time, optional)")
        expect(until.get_by_label("Day", exact=True)).to_have_value("")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".messagelist")).to_contain_text("was added successfully")
        assert "Offices closed" in reader_sees(browser, f"{site_url}/publications/", "body")

        row = page.locator("#result_list tr", has_text="Offices closed")
        row.get_by_role("button", name="Stop showing now").click()
        expect(page.locator(".messagelist")).to_contain_text(
            "Readers no longer see it on any page."
        )
        assert "Offices closed" not in reader_sees(browser, f"{site_url}/publications/", "body")
    finally:
        page.context.close()


LETTER = "Focused visit to care leavers' services: letter, 2026"


@walks_the_guide
def test_add_an_inspection(site_url, browser):
    PublicationFactory(title=LETTER, kind="inspection-letter")
    page = signed_in(browser, site_url, "pat")
    try:
        open_in_admin(page, "Site records", "Inspections")
        page.get_by_role("link", name="Add inspection").click()
        page.get_by_label("Inspectorate").select_option(label="Ofsted")
        page.get_by_label("Type").select_option(label="Focused visit")
        page.get_by_label("Summary").fill("A focused visit looking at care leavers.")
        page.get_by_label("First day on site").fill("2026-10-06")
        page.get_by_label("Last day on site").fill("2026-10-07")
        page.get_by_label("Report published on").fill("2026-11-10")
        report = page.get_by_role("group", name="The report")
        # the box beside "Report:" (select2's, unnamed: see the report) offers a search
        report.get_by_role("combobox").click()
        page.keyboard.type("care leavers")  # into the search the box opens
        page.get_by_role("option", name=LETTER).click()
        page.get_by_label("Facts as at").fill("2026-11-10")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    finally:
        page.context.close()

    context = browser.new_context()
    reader = context.new_page()
    reader.goto(f"{site_url}/ofsted/")
    newest = reader.locator("main").get_by_role("heading", level=2).nth(1)
    expect(newest).to_have_text("Focused visit, October 2026")
    expect(reader.get_by_role("link", name=f"Read {LETTER}")).to_be_visible()
    context.close()
