"""WCAG 2.2 reflow (1.4.10): at 320 CSS pixels wide nothing makes the page scroll sideways.

Every page a resident can land on is read at 320 × 256: no element is wider than its
box, except a labelled, focusable region that scrolls on its own (a wide table), and
axe-core, run at that width, still finds nothing (its ``scrollable-region-focusable``
rule is the one that sees such regions).
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from pages.redirects.models import Redirect
from pages.seed.content import SEED_PAGES
from tests.browser.test_accessibility import AXE_TAGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROW = {"width": 320, "height": 256}
GONE_PATH = "/an-old-page-we-removed/"
PATHS = [seed.path for seed in SEED_PAGES] + [
    "/publications/?kind=inspection-letter",  # the list, filtered
    "/search/?q=ofsted",
    "/no-such-page/",  # 404
    GONE_PATH,  # 410
]

# Every element wider than its own box, less those that are meant to be: visually hidden
# text (clipped to a pixel, and what is inside it), and regions that scroll on their own and
# say so to everyone (role=region, a name, reachable by keyboard). One pixel of rounding is
# allowed.
OVERFLOWING = r"""() => {
  const described = (element) => {
    const tag = element.tagName.toLowerCase();
    const id = element.id ? `#${element.id}` : "";
    const classes = [...element.classList].map((name) => `.${name}`).join("");
    return `${tag}${id}${classes} (${element.scrollWidth} > ${element.clientWidth}): `
      + element.outerHTML.slice(0, 100).replace(/\s+/g, " ");
  };
  // Visually hidden (GOV.UK's govuk-visually-hidden: absolute, 1 px, clipped), or inside
  // something that is: read by screen readers, never seen, so never in the way.
  const clipped = (element) => {
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.position === "absolute" && node.clientWidth <= 1) return true;
    }
    return false;
  };
  const scrollRegion = (element) => element.getAttribute("role") === "region"
    && element.hasAttribute("aria-label") && element.getAttribute("tabindex") === "0";
  const found = [];
  for (const element of document.body.querySelectorAll("*")) {
    if (element.scrollWidth <= element.clientWidth + 1 || element.clientWidth === 0) continue;
    if (clipped(element) || scrollRegion(element)) continue;
    found.push(described(element));
  }
  return {page: document.documentElement.scrollWidth, elements: found};
}"""


def test_every_page_reflows_at_320_pixels(site_url, browser):
    Redirect.objects.create(from_path=GONE_PATH)  # neither a page nor an address: gone (410)
    context = browser.new_context(viewport=NARROW)
    page = context.new_page()
    axe = Axe()
    problems = {}
    try:
        for path in PATHS:
            page.goto(f"{site_url}{path}")
            found = page.evaluate(OVERFLOWING)
            lines = []
            if found["page"] > NARROW["width"]:
                lines.append(f"the page is {found['page']} px wide")
            lines += found["elements"]
            results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
            if results.violations_count:
                lines.append(results.generate_report())
            if lines:
                problems[path] = lines
    finally:
        context.close()

    assert not problems, "\n\n".join(
        f"{path}\n" + "\n".join(f"  {line}" for line in lines) for path, lines in problems.items()
    )


def test_the_kpi_table_stacks_on_a_phone_and_is_still_a_table(site_url, browser):
    """At 320 px each KPI is a block with its figures labelled, inside a named region the
    keyboard can reach (should the table ever be wider than its column, the region scrolls,
    never the page); screen readers still meet a table with its headers."""
    context = browser.new_context(viewport=NARROW)
    page = context.new_page()
    try:
        page.goto(f"{site_url}/about/performance/")
        region = page.get_by_role("region", name="Key performance indicators for 2023/24")
        assert region.get_attribute("tabindex") == "0"
        assert region.evaluate("(region) => region.scrollWidth <= region.clientWidth")
        table = region.get_by_role("table", name="Key performance indicators for 2023/24")
        assert table.get_by_role("row").count() == 14  # the headers' row and 13 KPIs
        assert table.get_by_role("columnheader").count() == 3
        label = table.get_by_role("cell").first.evaluate(
            "(cell) => getComputedStyle(cell, '::before').content"
        )
        assert "Current performance" in label
        assert page.evaluate("() => document.documentElement.scrollWidth") <= NARROW["width"]
    finally:
        context.close()
