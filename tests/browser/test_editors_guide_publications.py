"""The editors' guide's publication sections (docs/editors.md), walked in Chromium: add one,
replace its PDF, schedule it, withdraw it, and the refusals of a file that is not a PDF.
The guide's other sections: test_editors_guide.py."""

from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine
from django.core.files.base import ContentFile
from djangocms_versioning.models import Version
from playwright.sync_api import expect

from publications.models import PublicationContent
from reviews.models import ReviewRequest
from tests.browser.test_editors_guide import (
    open_in_admin,
    person,
    reader_sees,
    signed_in,
    walks_the_guide,
)
from tests.publications.factories import PublicationFactory, make_pdf

TITLE = "Care leavers' local offer 2027"
LIVE = "Youth justice plan 2026"
ASKED = "Short breaks statement 2027"


def a_live_publication():
    """A published publication with its own PDF (the seed's PDFs only stand in for theirs)."""
    return PublicationFactory(
        title=LIVE, file=ContentFile(make_pdf(3, text=LIVE), name="Youth justice plan.pdf")
    )


def choose_pdf(page, name, data):
    """ "Press the PDF box's button and choose the file"."""
    page.get_by_label("PDF:", exact=True).set_input_files(
        files=[{"name": name, "mimeType": "application/pdf", "buffer": data}]
    )


def fill_in_a_new_publication(page, pdf):
    open_in_admin(page, "Publications", "Publications")
    page.get_by_role("link", name="Add publication").click()
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Title").press("Tab")  # the slug follows the title
    expect(page.get_by_label("Slug")).to_have_value("care-leavers-local-offer-2027")
    page.get_by_label("Kind").select_option(label="Plan")
    page.get_by_label("Children in care and care leavers").check()
    page.get_by_label("Summary").fill("What care leavers can ask us for, and how.")
    choose_pdf(page, "Local offer.pdf", pdf)
    page.get_by_label("Year of the document").fill("2027")


def publish_from_the_review_list(page, title):
    open_in_admin(page, "Reviews and schedules", "Review requests")
    row = page.locator("#result_list tr", has_text=title)
    row.get_by_role("button", name="Publish").click()
    expect(page.locator(".messagelist")).to_contain_text("Published")


@walks_the_guide
def test_add_a_publication(site_url, browser):
    person("pat")
    pdf = make_pdf(4, text="Local offer")
    editing = signed_in(browser, site_url, "eddie")
    try:
        fill_in_a_new_publication(editing, pdf)
        editing.get_by_role("button", name="Save", exact=True).click()
        expect(editing.locator(".messagelist")).to_contain_text("was added successfully")
        assert TITLE not in reader_sees(browser, f"{site_url}/publications/")

        editing.locator("#result_list").get_by_role("link", name=TITLE).click()
        editing.get_by_role("button", name="Save and ask for review").click()
        editing.get_by_label("Note for the Publisher (optional)").fill("New for January.")
        editing.get_by_role("button", name="Ready for review").click()
        expect(editing.locator(".messagelist")).to_contain_text("Sent for review")
    finally:
        editing.context.close()

    publishing = signed_in(browser, site_url, "pat")
    try:
        publish_from_the_review_list(publishing, TITLE)
    finally:
        publishing.context.close()

    assert TITLE in reader_sees(browser, f"{site_url}/publications/")
    content = PublicationContent.objects.get(title=TITLE)
    download = browser.new_context()
    try:
        answer = download.request.get(f"{site_url}{content.get_download_url()}")
        assert (answer.status, answer.body()) == (200, pdf)
    finally:
        download.close()


@walks_the_guide
def test_replace_a_publications_pdf(site_url, browser):
    address = f"{site_url}{a_live_publication().get_download_url()}"
    new_pdf = make_pdf(2, text="Youth justice plan, second edition")
    page = signed_in(browser, site_url, "pat")
    try:
        open_in_admin(page, "Publications", "Publications")
        page.locator("#result_list tr", has_text=LIVE).locator("a[title='New Draft']").click()
        choose_pdf(page, "Youth justice plan (second edition).pdf", new_pdf)
        page.get_by_role("button", name="Save and continue editing").click()
        expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
        page.get_by_role("link", name="Publish", exact=True).click()
        expect(page.locator(".messagelist")).to_contain_text("published")

        answer = page.context.request.get(address)  # the same address as before
        assert (answer.status, answer.body()) == (200, new_pdf)
        open_in_admin(page, "Publications", "Publications")
        page.locator("#result_list").get_by_role("link", name=LIVE, exact=True).click()
        expect(page.locator(".field-earlier_files")).to_contain_text("Youth justice plan.pdf")
    finally:
        page.context.close()


LONDON = ZoneInfo("Europe/London")


@walks_the_guide
def test_schedule_a_publication(site_url, browser):
    PublicationFactory(title=TITLE, state="draft")  # a Publisher's own draft: no review
    asked = Version.objects.get_for_content(PublicationFactory(title=ASKED, state="draft"))
    ReviewRequest.objects.create(version=asked, asked_by=person("eddie"), note="For 9 o'clock.")
    with time_machine.travel(datetime(2027, 1, 12, 8, 0, tzinfo=LONDON), tick=False) as clock:
        page = signed_in(browser, site_url, "pat")
        try:
            open_in_admin(page, "Reviews and schedules", "Review requests")
            expect(
                page.locator("#result_list tr", has_text=ASKED).get_by_role("link", name="Schedule")
            ).to_be_visible()
            open_in_admin(page, "Publications", "Publications")
            page.locator("#result_list tr", has_text=TITLE).get_by_role(
                "link", name="Schedule…"
            ).click()
            goes_live = page.get_by_role("group", name="Goes live at (London time)")
            goes_live.get_by_label("Day", exact=True).fill("2027-01-12")
            goes_live.get_by_label("Time", exact=True).fill("09:00")
            page.get_by_role("button", name="Schedule").click()
            open_in_admin(page, "Reviews and schedules", "Scheduled changes")
            scheduled = page.locator("#result_list tr", has_text=TITLE)
            expect(scheduled).to_contain_text("Go live Tue 12 Jan 2027, 09:00")
            expect(scheduled.get_by_role("link", name="Move")).to_be_visible()
            expect(scheduled.get_by_role("button", name="Cancel")).to_be_visible()
        finally:
            page.context.close()

        clock.move_to(datetime(2027, 1, 12, 8, 59, 59, tzinfo=LONDON))
        assert TITLE not in reader_sees(browser, f"{site_url}/publications/")
        clock.move_to(datetime(2027, 1, 12, 9, 0, tzinfo=LONDON))
        assert TITLE in reader_sees(browser, f"{site_url}/publications/")


@walks_the_guide
def test_withdraw_a_publication(site_url, browser):
    content = a_live_publication()
    address = f"{site_url}/publications/{content.slug}/"
    page = signed_in(browser, site_url, "pat")
    try:
        open_in_admin(page, "Publications", "Publications")
        row = page.locator("#result_list tr", has_text=LIVE)
        row.get_by_role("link", name="Published", exact=True).click()
        page.locator(".cms-pagetree-dropdown-menu").get_by_text("Unpublish", exact=True).click()
        expect(row.get_by_role("link", name="Unpublished", exact=True)).to_be_visible()
    finally:
        page.context.close()

    assert "This publication has been withdrawn" in reader_sees(browser, address)
    assert LIVE not in reader_sees(browser, f"{site_url}/publications/")


@walks_the_guide
def test_when_an_upload_is_refused(site_url, browser):
    before = PublicationContent.admin_manager.count()
    page = signed_in(browser, site_url, "pat")
    try:
        fill_in_a_new_publication(page, b"Minutes of the meeting\nAll present.\n")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".field-file .errorlist")).to_contain_text(
            "This file is not a PDF: it looks like plain text."
        )
        choose_pdf(page, "Local offer.pdf", b"")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".field-file .errorlist")).to_contain_text(
            "The submitted file is empty."
        )
        assert PublicationContent.admin_manager.count() == before  # nothing was saved

        choose_pdf(page, "Local offer.pdf", make_pdf(2))
        page.get_by_label("Year of the document").fill("")  # another error: the PDF is kept
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".dccs-kept-file")).to_contain_text("You chose Local offer.pdf")
        page.get_by_label("Year of the document").fill("2027")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    finally:
        page.context.close()
