"""Staff accounts in Chromium: a Site administrator adds, unlocks and deactivates them.

A new Editor gets a set-password link by email (Django's locmem backend: the live
server runs in this process, so the mail is in ``mail.outbox``), sets a password
and can draft but not publish. Five wrong passwords lock an account until the
administrator unlocks it; an account with Active unticked cannot sign in, and its
versions keep its name. axe-core checks every screen on the way.
"""

import re

import pytest
from cms.models import Page, PageContent
from django.contrib.auth import get_user_model
from django.core import mail
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.helpers import version_list_url
from djangocms_versioning.models import Version
from playwright.sync_api import expect

from pages.roles import ADMINISTRATOR, EDITOR, give_role
from tests.browser.test_accessibility import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-for-the-browser-test"
NEW_PASSWORD = "Kestrel-orchard-lantern-42"
USERS = "/admin/auth/user/"


def admin_axe(page) -> str:
    return serious_violations(page)


def staff(username, role):
    user = get_user_model().objects.create_user(username, password=PASSWORD)
    give_role(user, role)
    return user


def sign_in(page, site_url, username, password=PASSWORD, next_path="/admin/"):
    """Submit the admin's login form; returns the response to the POST."""
    page.goto(f"{site_url}/admin/login/?next={next_path}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()
    return answer.value


def published_page_version(reverse_id):
    contents = PageContent.admin_manager.filter(
        page=Page.objects.get(reverse_id=reverse_id), language="en"
    )
    return Version.objects.get(
        object_id__in=contents.values("pk"), content_type__model="pagecontent", state=PUBLISHED
    )


def signed_in_administrator(browser, site_url):
    staff("an-administrator", ADMINISTRATOR)
    page = browser.new_context().new_page()
    sign_in(page, site_url, "an-administrator")
    expect(page).to_have_url(f"{site_url}/admin/")
    return page


def test_a_new_editor_sets_their_password_and_drafts(site_url, browser, settings):
    settings.SITE_URL = site_url  # the emailed link leads to the live server
    admin = signed_in_administrator(browser, site_url)
    newcomer = browser.new_context()
    reports = {}
    try:
        admin.goto(f"{site_url}{USERS}")
        reports["user list"] = admin_axe(admin)
        admin.get_by_role("link", name="Add staff account").click()
        reports["user add form"] = admin_axe(admin)
        admin.get_by_label("Username").fill("nadia")
        admin.get_by_label("First name").fill("Nadia")
        admin.get_by_label("Last name").fill("Editor")
        admin.get_by_label("Email address").fill("nadia@example.org")
        admin.get_by_role("radio", name=re.compile("^Editor")).check()
        admin.get_by_role("button", name="Save", exact=True).click()
        expect(admin.locator(".messagelist")).to_contain_text(  # the theme capitalises it
            re.compile("nadia has been emailed a link to set their password", re.I)
        )
        reports["user change form"] = admin_axe(admin)  # the new account's, after adding

        [email] = mail.outbox
        assert email.to == ["nadia@example.org"]
        link = re.search(r"^https?://\S+/admin/reset/\S+/$", email.body, re.M).group(0)
        assert link.startswith(f"{site_url}/")

        page = newcomer.new_page()
        page.goto(f"{site_url}/admin/login/")
        reports["admin login page"] = admin_axe(page)
        # Django 5.2's wording (earlier versions: "Forgotten your password or username?")
        page.get_by_role("link", name="Forgotten your login credentials?").click()
        expect(page).to_have_url(f"{site_url}/admin/password_reset/")
        reports["password reset form"] = admin_axe(page)

        page.goto(link)
        reports["set-password page"] = admin_axe(page)
        page.locator("#id_new_password1").fill("short")  # Django's rules apply
        page.locator("#id_new_password2").fill("short")
        page.get_by_role("button", name="Change my password").click()
        expect(page.locator(".errorlist")).to_contain_text("too short")
        page.locator("#id_new_password1").fill(NEW_PASSWORD)
        page.locator("#id_new_password2").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Change my password").click()
        expect(page).to_have_url(f"{site_url}/admin/reset/done/")

        sign_in(page, site_url, "nadia", NEW_PASSWORD, next_path="/about/")
        expect(page).to_have_url(f"{site_url}/about/")
        toolbar = page.locator(".cms-toolbar")
        toolbar.get_by_role("link", name="New draft").click()
        expect(toolbar.get_by_role("link", name="Ready for review")).to_be_visible()
        expect(toolbar.get_by_role("link", name="Publish", exact=True)).to_have_count(0)

        page.goto(f"{site_url}/admin/publications/publicationcontent/")
        page.locator("#result_list a[title='New Draft']").first.click()
        expect(page.get_by_label("Summary")).to_be_editable()
    finally:
        admin.context.close()
        newcomer.close()

    failing = {name: report for name, report in reports.items() if report}
    assert not failing, "\n\n".join(f"{name}\n{report}" for name, report in failing.items())


def test_an_administrator_unlocks_and_deactivates_accounts(site_url, browser):
    admin = signed_in_administrator(browser, site_url)
    author = staff("pat-the-author", EDITOR)
    draft = published_page_version("about").copy(author)
    signing_in = browser.new_context()
    try:
        page = signing_in.new_page()
        for _ in range(5):
            sign_in(page, site_url, author.username, "not-the-password")
        refused = sign_in(page, site_url, author.username)
        assert refused.status == 429
        expect(page.locator("h1")).to_have_text("Too many attempts to sign in")

        admin.goto(f"{site_url}{USERS}")
        row = admin.locator("#result_list tr", has_text=author.username)
        expect(row.locator("img[alt='True']")).to_have_count(2)  # active, and locked out
        row.locator("input[name=_selected_action]").check()
        admin.locator("select[name=action]").select_option(
            label="Unlock sign-in (forget their failed attempts)"
        )
        admin.get_by_role("button", name="Go").click()
        expect(admin.locator(".messagelist")).to_contain_text(
            re.compile(f"Unlocked: {author.username}", re.I)
        )

        assert sign_in(page, site_url, author.username).status == 302
        expect(page).to_have_url(f"{site_url}/admin/")
        signing_in.clear_cookies()

        admin.locator("#result_list tr", has_text=author.username).get_by_role(
            "link", name=author.username
        ).click()
        admin.get_by_label("Active").uncheck()
        admin.get_by_role("button", name="Save", exact=True).click()
        expect(admin.locator(".messagelist")).to_contain_text("was changed successfully")

        refused = sign_in(page, site_url, author.username)
        assert refused.status == 200
        expect(page.locator(".errornote")).to_contain_text("correct username and password")
        expect(page).to_have_url(re.compile(r"/admin/login/"))

        admin.goto(f"{site_url}{version_list_url(draft.content)}")
        expect(admin.locator("#result_list")).to_contain_text(author.username)
    finally:
        admin.context.close()
        signing_in.close()
