"""WCAG 2.2 AA: axe-core on every seeded page, and the keyboard path in."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from pages.seed.content import SEED_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PATHS = [seed.path for seed in SEED_PAGES] + ["/no-such-page/"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def test_every_seeded_page_passes_axe(site_url, page):
    axe = Axe()
    reports = {}
    for path in PATHS:
        page.goto(f"{site_url}{path}")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        if results.violations_count:
            reports[path] = results.generate_report()

    assert not reports, "\n\n".join(f"{path}\n{report}" for path, report in reports.items())


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_skip_link_is_the_first_thing_the_keyboard_reaches(site_url, browser, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/contact/")
        page.keyboard.press("Tab")
        focused = page.locator(":focus")
        assert focused.get_attribute("href") == "#main-content"
        assert focused.inner_text() == "Skip to main content"

        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        # The next stop is inside the main content, past the header and menu.
        assert page.locator("main :focus").count() == 1
    finally:
        context.close()
