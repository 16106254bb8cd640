"""A member of staff's journey: filter the publications, share the link, download a PDF."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_accessibility import AXE_TAGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def listed(page):
    return page.locator(".dccs-publication__title").all_inner_texts()


def test_staff_filter_share_the_link_and_download(site_url, page, context):
    page.goto(f"{site_url}/publications/")
    page.get_by_label("Type").select_option(label="Strategy")
    page.get_by_label("Year").select_option("2023")
    page.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(f"{site_url}/publications/?q=&kind=strategy&topic=&year=2023")
    results = listed(page)
    assert results == ["Early Help Strategy 2023-26"]

    shared = context.new_page()
    shared.goto(page.url)
    assert listed(shared) == results

    shared.get_by_role("link", name="Early Help Strategy 2023-26", exact=True).click()
    expect(shared.get_by_role("heading", level=1)).to_have_text("Early Help Strategy 2023-26")
    download_url = shared.get_by_role(
        "link", name="Download the stand-in for Early Help Strategy 2023-26"
    ).get_attribute("href")
    response = shared.request.get(f"{site_url}{download_url}")
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")


def test_the_publications_pages_pass_axe(site_url, page):
    axe = Axe()
    reports = {}
    for path in (
        "/publications/",
        "/publications/?kind=nonsense",
        "/publications/early-help-strategy-2023-26/",
        "/publications/ofsted-inspection-of-city-of-london-childrens-services-2024/",
    ):
        page.goto(f"{site_url}{path}")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        if results.violations_count:
            reports[path] = results.generate_report()

    assert not reports, "\n\n".join(f"{path}\n{report}" for path, report in reports.items())
