"""An editor's journey in Chromium: edit a page in the toolbar, preview, publish."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from pages.roles import PUBLISHER, ensure_roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-for-the-browser-test"
NEW_SENTENCE = "An editor added this sentence in the browser."


@pytest.fixture
def publisher_login(site_url):
    user = get_user_model().objects.create_user("publisher", password=PASSWORD, is_staff=True)
    user.groups.add(ensure_roles()[PUBLISHER])
    return user.username


def test_an_editor_edits_previews_and_publishes_a_page(site_url, publisher_login, browser):
    editor_context = browser.new_context()
    resident_context = browser.new_context()
    try:
        page = editor_context.new_page()
        resident = resident_context.new_page()

        page.goto(f"{site_url}/admin/login/?next=/about/")
        page.get_by_label("Username").fill(publisher_login)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        expect(page).to_have_url(f"{site_url}/about/")

        toolbar = page.locator(".cms-toolbar")
        toolbar.get_by_role("link", name="New draft").click()
        paragraph = page.locator(".dccs-prose [contenteditable=true] p").first
        paragraph.click()
        page.keyboard.press("End")
        page.keyboard.type(f" {NEW_SENTENCE}")
        # Inline edits are saved when the editor leaves the text.
        with page.expect_response(lambda r: "edit-plugin" in r.url and r.request.method == "POST"):
            page.get_by_role("heading", level=1).click()

        toolbar.get_by_role("link", name="Preview").click()
        expect(page.locator(".dccs-prose")).to_contain_text(NEW_SENTENCE)
        resident.goto(f"{site_url}/about/")
        expect(resident.locator("main")).not_to_contain_text(NEW_SENTENCE)

        toolbar.get_by_role("link", name="Edit").click()
        with page.expect_navigation(url=f"{site_url}/about/"):
            toolbar.get_by_role("link", name="Publish", exact=True).click()

        # A resident arriving now (the first one's browser may reuse its copy for
        # the page's max-age, as HTTP caching allows).
        newcomer = resident_context.browser.new_context()
        later = newcomer.new_page()
        later.goto(f"{site_url}/about/")
        expect(later.locator("main")).to_contain_text(NEW_SENTENCE)
        newcomer.close()

        # The version history, as the toolbar's "Manage Versions" opens it.
        toolbar.get_by_role("link", name="Version #2 (Published)").click()
        history = toolbar.get_by_role("link", name="Manage Versions").get_attribute("href")
        page.goto(f"{site_url}{history}")
        versions = page.locator("#result_list")
        expect(versions).to_contain_text("Published")
        expect(versions).to_contain_text("Unpublished")
    finally:
        editor_context.close()
        resident_context.close()
