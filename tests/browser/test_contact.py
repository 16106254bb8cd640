"""A worried resident opens the contact page in Chromium: the line to call now comes first."""

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from contacts.seed import seed_contacts
from tests.browser.test_accessibility import AXE_TAGS
from tests.contacts.card_pages import publish_card_on
from tests.contacts.conftest import london

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def contact_url(site_url):
    seed_contacts()
    publish_card_on("contact")
    return f"{site_url}/contact/"


@pytest.mark.parametrize(
    "moment, headline, number",
    [
        ("2026-03-04 11:00", "The office is open now.", "020 7332 3621"),
        ("2026-03-04 19:30", "The office is closed now.", "020 8356 2710"),
    ],
    ids=["office-hours", "evening"],
)
def test_the_contact_page_leads_with_the_line_to_call_now(
    contact_url, page, moment, headline, number
):
    with time_machine.travel(london(moment), tick=False):
        page.goto(contact_url)
        main = page.get_by_role("main")

        expect(main.locator(".govuk-inset-text").first).to_contain_text(headline)
        # The first number on the page is the one to call now, as a link a phone can dial.
        first_number = main.locator('a[href^="tel:"]').first
        expect(first_number).to_have_text(number)
        expect(first_number).to_have_attribute("href", "tel:+44" + number[1:].replace(" ", ""))
        # The other line is still there, and so is 999.
        expect(main).to_contain_text("020 7332 3621")
        expect(main).to_contain_text("020 8356 2710")
        expect(main).to_contain_text("If a child is in immediate danger, call 999.")

        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})

    assert results.violations_count == 0, results.generate_report()
