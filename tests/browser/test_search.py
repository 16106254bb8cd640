"""A resident's search: from the header box on any page to the document they wanted."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from search.index import rebuild_index
from tests.browser.test_accessibility import AXE_TAGS
from tests.publications.factories import bulk_published

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SITE_TITLE = "Community and Children's Services – City of London Corporation"


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_search_from_the_header_and_open_a_result(site_url, browser, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/contact/")
        page.get_by_role("search", name="Site search").get_by_label("Search this website").fill(
            "early help strategy"
        )
        page.get_by_role("search", name="Site search").get_by_role("button").click()

        expect(page).to_have_url(f"{site_url}/search/?q=early+help+strategy")
        expect(page).to_have_title("Search results for ‘early help strategy’ – " + SITE_TITLE)
        expect(page.get_by_label("Search pages and publications")).to_have_value(
            "early help strategy"
        )
        first = page.locator(".dccs-search-result__title a").first
        expect(first).to_have_text("Early Help Strategy 2023-26")
        expect(first.locator("mark").first).to_have_text("Early")
        first.click()

        expect(page.get_by_role("heading", level=1)).to_have_text("Early Help Strategy 2023-26")
        assert context.cookies() == []
    finally:
        context.close()


def test_the_search_pages_pass_axe(site_url, page):
    bulk_published(45, title="Pelican report", summary="A report about pelicans & <other> birds.")
    rebuild_index()
    axe = Axe()
    reports = {}
    for path in (
        "/search/",
        "/search/?q=plan",
        "/search/?q=pelican&page=2",
        "/search/?q=xylophonist",
        "/search/?q=plan&page=nonsense",
    ):
        page.goto(f"{site_url}{path}")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        if results.violations_count:
            reports[path] = results.generate_report()

    assert not reports, "\n\n".join(f"{path}\n{report}" for path, report in reports.items())
    page.goto(f"{site_url}/search/?q=pelican&page=2")
    expect(page.get_by_role("navigation", name="Results pages")).to_be_visible()
    expect(page.get_by_role("link", name="Page 2")).to_have_attribute("aria-current", "page")
