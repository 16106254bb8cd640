"""A resident sees at a glance how the department is performing, with or without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from pages.performance.seed import seed_performance
from tests.browser.test_accessibility import AXE_TAGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def performance_site(site_url):
    seed_performance()  # the site's seed may not create the records itself yet
    return site_url


def test_from_about_to_the_kpis_without_javascript(performance_site, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{performance_site}/about/")
        expect(page.get_by_role("heading", name="Our five priority themes")).to_be_visible()
        expect(page.get_by_text("Independence, involvement and choice")).to_be_visible()

        page.get_by_role("link", name="See how we are performing against our targets").click()

        expect(page.get_by_role("heading", level=1)).to_have_text("How we are performing")
        chart = page.get_by_role("img", name="Chart of each KPI's current performance")
        expect(chart).to_be_visible()
        box = chart.bounding_box()
        assert box["width"] > 300 and box["height"] > box["width"]  # drawn, one row per KPI
        row = page.get_by_role("row", name="Proportion of care leavers with up-to-date pathway")
        expect(row).to_contain_text("79%")
        expect(row).to_contain_text("Not on target")
    finally:
        context.close()


def test_the_about_and_performance_pages_pass_axe(performance_site, page):
    axe = Axe()
    reports = {}
    for path in ("/about/", "/about/performance/"):
        page.goto(f"{performance_site}{path}")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        if results.violations_count:
            reports[path] = results.generate_report()

    assert not reports, "\n\n".join(f"{path}\n{report}" for path, report in reports.items())
