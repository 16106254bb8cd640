"""Staff locked out after too many tries get a page they can read (axe-core in Chromium)."""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.browser.conftest import CHROMIUM, browser_type_launch_args, site_url  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM) and os.environ.get("CI", "").lower() != "true",
        reason=f"no Chromium at {CHROMIUM}",
    ),
]

PASSWORD = "a-long-password-for-the-lockout-test"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def test_the_lockout_page_is_accessible(site_url, page):  # noqa: F811
    """The live server's database is emptied after this test, lockout included."""
    user = get_user_model().objects.create_user(
        "lockout-browser-officer", password=PASSWORD, is_staff=True
    )

    def sign_in(password):
        page.goto(f"{site_url}/admin/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()

    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in("not-the-password")
    sign_in(PASSWORD)

    expect(page.get_by_role("heading", level=1)).to_have_text("Too many attempts to sign in")
    expect(page.locator("#when-to-try-again")).to_contain_text("Wait 30 minutes")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert not results.violations_count, results.generate_report()
