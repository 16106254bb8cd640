"""A resident's journey, in Chromium, with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def walk_home_about_governance(page, site_url):
    page.goto(f"{site_url}/")
    menu = page.get_by_role("navigation", name="Menu")

    menu.get_by_role("link", name="About").click()
    expect(page).to_have_url(f"{site_url}/about/")
    expect(page.get_by_role("heading", level=1)).to_have_text("About the department")
    expect(page.get_by_role("navigation", name="Breadcrumb")).to_contain_text("Home")

    menu.get_by_role("link", name="Governance").click()
    expect(page).to_have_url(f"{site_url}/governance/")
    expect(page.get_by_role("heading", level=1)).to_have_text("How we are governed")
    expect(page.get_by_role("contentinfo")).to_contain_text("020 8356 2710")


def test_a_resident_goes_from_home_to_about_to_governance(site_url, page):
    walk_home_about_governance(page, site_url)
    expect(page.locator("body")).to_have_class(re.compile(r"\bjs-enabled\b"))


def test_the_same_journey_works_without_javascript(site_url, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        walk_home_about_governance(context.new_page(), site_url)
    finally:
        context.close()


def test_the_menu_is_reachable_on_a_phone(site_url, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    try:
        page = context.new_page()
        page.goto(f"{site_url}/")
        menu = page.get_by_role("navigation", name="Menu")
        menu.get_by_role("button", name="Menu").click()
        menu.get_by_role("link", name="Contact").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Contact")
    finally:
        context.close()
