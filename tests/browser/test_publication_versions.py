"""Versioned publications in Chromium: an Editor drafts, a Publisher compares and publishes.

Readers keep the published version, its address and its summary, until a
Publisher publishes the draft; then they get the new summary on their next
request, and the old address redirects to the new one only from then.
"""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from pages.roles import EDITOR, PUBLISHER, ensure_roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-for-the-browser-test"
TITLE = "Early Help Strategy 2023-26"
OLD = "/publications/early-help-strategy-2023-26/"
NEW = "/publications/early-help-strategy-2023-2026/"
NEW_SUMMARY = "An editor's clearer summary of the Early Help Strategy."


def staff(username, role):
    user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(ensure_roles()[role])
    return username


def sign_in(page, site_url, username, next_path):
    page.goto(f"{site_url}/admin/login/?next={next_path}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def reader_sees(browser, site_url, path):
    """What a reader arriving now gets: (status, the page's main text)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        response = page.goto(f"{site_url}{path}")
        return response.status, page.locator("main").inner_text(), page.url
    finally:
        context.close()


def test_an_editors_change_waits_for_a_publisher(site_url, browser):
    editor = staff("an-editor", EDITOR)
    publisher = staff("a-publisher", PUBLISHER)
    editing = browser.new_context()
    publishing = browser.new_context()
    try:
        page = editing.new_page()
        sign_in(page, site_url, editor, "/admin/publications/publicationcontent/")
        row = page.locator("#result_list tr", has_text=TITLE)
        row.locator("a[title='New Draft']").click()
        page.get_by_label("Summary").fill(NEW_SUMMARY)
        page.get_by_label("Slug").fill(NEW.split("/")[2])
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

        status, text, _ = reader_sees(browser, site_url, OLD)
        assert status == 200 and NEW_SUMMARY not in text
        assert reader_sees(browser, site_url, NEW)[0] == 404

        page = publishing.new_page()
        sign_in(page, site_url, publisher, "/admin/publications/publicationcontent/")
        row = page.locator("#result_list tr", has_text=TITLE)
        row.locator(".js-cms-pagetree-dropdown-trigger").click()  # the state's menu
        page.get_by_role("link", name="Manage Versions").click()
        versions_list = page.url
        versions = page.locator("#result_list")
        expect(versions).to_contain_text(editor)  # whose draft it is
        page.locator("#result_list input[name=_selected_action]").nth(0).check()
        page.locator("#result_list input[name=_selected_action]").nth(1).check()
        page.locator("select[name=action]").select_option("compare_versions")
        page.get_by_role("button", name="Go").click()
        expect(page.locator("body")).to_contain_text("Comparing")
        page.goto(versions_list)
        draft_row = page.locator("#result_list tr", has_text="Draft")
        draft_row.locator("a[title='Publish']").click()

        status, text, url = reader_sees(browser, site_url, NEW)
        assert status == 200 and NEW_SUMMARY in text
        status, text, url = reader_sees(browser, site_url, OLD)
        assert url == f"{site_url}{NEW}" and NEW_SUMMARY in text
    finally:
        editing.close()
        publishing.close()
