"""The governance page in Chromium: axe-core, the picture without JavaScript, the anchors."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from pages.governance.seed import seed_governance
from tests.browser.test_accessibility import AXE_TAGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def governance_url(site_url):
    """/governance/ as seeded, with its bodies (seeding twice changes nothing)."""
    seed_governance()
    return f"{site_url}/governance/"


def test_the_governance_page_passes_axe(governance_url, page):
    page.goto(governance_url)
    expect(page.locator("svg[role=img]")).to_be_visible()

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})

    assert results.violations_count == 0, results.generate_report()


def test_without_javascript_the_picture_shows_and_the_list_leads_to_each_body(
    governance_url, browser
):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(governance_url)
        picture = page.get_by_role(
            "img", name="Who reports to whom: a picture of the relationships"
        )
        expect(picture).to_be_visible()
        assert picture.bounding_box()["height"] > 300

        reporting_list = page.locator("[data-reporting-list]")
        reporting_list.get_by_role("link", name="Corporate Parenting Task Group").click()

        assert page.url == f"{governance_url}#corporate-parenting-task-group"
        heading = page.get_by_role("heading", name="Corporate Parenting Task Group", level=3)
        expect(heading).to_be_in_viewport()
    finally:
        context.close()
