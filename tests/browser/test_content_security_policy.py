"""The CSP in a real browser: nothing on the public pages is blocked by it, and
the editing toolbar works under the staff policy without being blocked either.

Nothing is excused: the inline event handlers that django CMS's and djangocms-admin-style's
scripts and templates used are fixed at their source (dccs_site/static_patches.py,
templates/admin/), and tests/browser/test_admin_console.py walks every editing screen.
"""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from pages.roles import PUBLISHER, ensure_roles
from pages.seed.content import SEED_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-for-the-csp-test"


def collect_csp_violations(page) -> list[str]:
    """Chromium reports each blocked resource or script as a console error."""
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def test_public_pages_run_under_the_strict_policy_with_nothing_blocked(site_url, browser):
    context = browser.new_context()
    try:
        page = context.new_page()
        violations = collect_csp_violations(page)
        for path in [seed.path for seed in SEED_PAGES] + ["/publications/", "/no-such-page/"]:
            response = page.goto(f"{site_url}{path}")
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
            # The site's script ran: GOV.UK Frontend marks the body when it starts.
            expect(page.locator("body")).to_have_class(
                __import__("re").compile(r"govuk-frontend-supported")
            )

        assert violations == []
    finally:
        context.close()


def test_the_policy_blocks_an_injected_inline_script(site_url, browser):
    # Proof that the header is enforced, not just sent: a script added to the
    # page as markup does not run.
    context = browser.new_context()
    try:
        page = context.new_page()
        violations = collect_csp_violations(page)
        page.goto(f"{site_url}/about/")
        page.locator("main").evaluate(
            "main => { const s = document.createElement('script');"
            " s.textContent = 'document.body.dataset.injected = 1'; main.append(s); }"
        )

        assert page.locator("body").get_attribute("data-injected") is None
        assert violations, "the browser did not report blocking the inline script"
    finally:
        context.close()


def test_the_editing_toolbar_works_under_the_staff_policy(site_url, browser):
    user = get_user_model().objects.create_user("csp-publisher", password=PASSWORD, is_staff=True)
    user.groups.add(ensure_roles()[PUBLISHER])
    context = browser.new_context()
    try:
        page = context.new_page()
        violations = collect_csp_violations(page)
        page.goto(f"{site_url}/admin/login/?next=/about/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        expect(page).to_have_url(f"{site_url}/about/")

        toolbar = page.locator(".cms-toolbar")
        toolbar.get_by_role("link", name="New draft").click()
        expect(page.locator(".dccs-prose [contenteditable=true]").first).to_be_visible()
        # Page settings open in the CMS's modal, an iframe of the same site.
        toolbar.get_by_role("link", name="Page", exact=True).click()
        toolbar.get_by_role("link", name="Page settings...").click()
        modal_frame = page.frame_locator(".cms-modal-frame iframe")
        expect(modal_frame.get_by_label("Menu title")).to_have_value("About")
        page.keyboard.press("Escape")
        assert violations == [], "\n".join(violations)

        # The version comparison's source view runs one inline script, allowed
        # for staff by its hash.
        compare = toolbar.locator("a[href*='/compare/']").first.get_attribute("href")
        page.goto(f"{site_url}{compare}")
        page.wait_for_load_state("networkidle")
        page.locator(".js-cms-versioning-control-source").click()
        diff = page.frame_locator("iframe").first
        expect(diff.locator("body")).to_contain_text("About the department")

        assert violations == [], "\n".join(violations)
    finally:
        context.close()
