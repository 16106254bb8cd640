"""A resident checks how Ofsted rated the department: the headline first, every page accessible."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from pages.inspections.seed import seed_inspections
from tests.browser.test_accessibility import AXE_TAGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def inspected_site(site_url):
    seed_inspections()  # until seed_site calls it; a no-op once it does
    return site_url


def test_a_resident_reads_the_latest_judgement_then_the_history(inspected_site, page):
    page.goto(f"{inspected_site}/")
    headline = page.locator("main").get_by_text("Overall judgement:").first
    expect(headline).to_contain_text("Outstanding")

    page.get_by_role("link", name="Read about our Ofsted inspections").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Ofsted inspections")
    headings = page.get_by_role("heading", level=2).all_inner_texts()
    assert headings[:5] == [
        "Our latest Ofsted judgement",
        "Short inspection of children's services (ILACS), September 2024",
        "Focused visit, November 2022",
        "Full inspection of children's services (ILACS), March 2020",
        "Joint local area SEND inspection, March 2018",
    ]
    # The grade is written out in every tag: colour is never the only signal.
    tags = page.locator("main .govuk-tag").all_inner_texts()
    assert tags.count("Outstanding") == 8 and tags.count("Good") == 2


def test_the_ofsted_and_home_pages_pass_axe(inspected_site, page):
    axe = Axe()
    reports = {}
    for path in ("/ofsted/", "/"):
        page.goto(f"{inspected_site}{path}")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        if results.violations_count:
            reports[path] = results.generate_report()

    assert not reports, "\n\n".join(f"{path}\n{report}" for path, report in reports.items())
