"""'Is this page useful?' in Chromium, with and without JavaScript: every state passes axe."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from feedback.models import PageFeedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def assert_axe_clean(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_reader_says_a_page_was_not_useful(site_url, browser, javascript, settings):
    settings.FEEDBACK_RATE_LIMIT = 3  # every post counts, the refused one too
    context = browser.new_context(java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/about/")
        if javascript:
            assert_axe_clean(page)

        # Sending nothing: an error, said clearly.
        page.get_by_role("button", name="Send feedback").click()
        expect(page.get_by_role("alert")).to_contain_text("Select yes or no")
        if javascript:
            assert_axe_clean(page)

        page.get_by_role("radio", name="No").check()
        page.get_by_label("What were you looking for? (optional)").fill("Board meeting dates")
        page.get_by_role("button", name="Send feedback").click()
        expect(page.get_by_role("heading", name="Thank you for your feedback")).to_be_visible()
        if javascript:
            assert_axe_clean(page)
        assert context.cookies() == []

        # Past the limit: a clear message.
        page.goto(f"{site_url}/contact/")
        page.get_by_role("radio", name="Yes").check()
        page.get_by_role("button", name="Send feedback").click()
        page.goto(f"{site_url}/contact/")
        page.get_by_role("radio", name="Yes").check()
        page.get_by_role("button", name="Send feedback").click()
        expect(page.get_by_role("alert")).to_contain_text("Wait 10 minutes")
        if javascript:
            assert_axe_clean(page)
    finally:
        context.close()

    assert PageFeedback.objects.filter(path="/about/", useful=False).count() == 1
    assert PageFeedback.objects.filter(path="/contact/").count() == 1
