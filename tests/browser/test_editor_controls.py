"""Everything an Editor is offered works: Chromium follows each toolbar entry and admin action.

An Editor signs in and goes through a page (published, then their own draft in edit mode,
then its preview) and a publication (the list and its state menu, the published version's
view, the draft's change form, the versions list). On each screen the test collects every
link and button the Editor can use (a greyed-out one is not offered: the scripts ignore it),
and follows it in the Editor's own session: a GET as a link does, a POST as django CMS or
djangocms-versioning sends it (with the CSRF token). Whatever Chromium or the test fetches,
no answer may be a 403 or a server error, and no page may say "403 Forbidden".

Links off the site (the toolbar's Help menu: django CMS's documentation) are not followed.
Logging out and "Disable toolbar" end what the test can see, so they are followed last.
"""

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from pages.roles import EDITOR, PUBLISHER, ensure_roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-for-the-browser-test"
PUBLICATION = "Early Help Strategy 2023-26"

# The controls matched, as django CMS's and djangocms-versioning's scripts read them.
CONTROLS = """(nodes) => nodes.map(a => ({
  name: (a.innerText || a.value || a.title || '').trim().replace(/\\s+/g, ' '),
  href: a.getAttribute('href') || '',
  data: a.dataset.post || '',
  post: a.dataset.rel === 'ajax' || a.classList.contains('cms-form-post-method')
        || a.classList.contains('js-cms-tree-lang-trigger'),
  disabled: a.classList.contains('cms-btn-disabled') || a.classList.contains('inactive')
            || a.classList.contains('cms-pagetree-dropdown-item-disabled')
            || !!a.closest('.cms-toolbar-item-navigation-disabled'),
}))"""
TOOLBAR = ".cms-toolbar a"
ADMIN = ".object-tools a, .submit-row a, .dccs-review-status a, #result_list a"
# Ending the session or the toolbar: followed once everything else has been.
LOGOUT, DISABLE_TOOLBAR = "Logout", "Disable toolbar"


class EditorsSession:
    """Follows what an Editor is offered, in their browser's session, and keeps what failed."""

    def __init__(self, page, site_url):
        self.page = page
        self.site_url = site_url
        self.failures: list[str] = []
        self.fetched: set[str] = set()
        page.context.on("response", self.seen)

    def seen(self, response):
        if response.url.startswith(self.site_url) and (
            response.status == 403 or response.status >= 500
        ):
            self.failures.append(f"{response.request.method} {response.url} → {response.status}")

    def controls(self, selector):
        """The controls offered on screen: greyed-out ones (which the scripts ignore), those
        that only open a menu or run a script on the page, and links off the site left out."""
        return [
            control
            for control in self.page.locator(selector).evaluate_all(CONTROLS)
            if not control["disabled"]
            and not control["href"].startswith("#")
            and control["href"]
            and urlsplit(urljoin(self.page.url, control["href"])).netloc
            == urlsplit(self.site_url).netloc
        ]

    def follow_all(self, controls):
        for control in controls:
            if not control["name"].startswith((LOGOUT, DISABLE_TOOLBAR)):
                self.follow(control)

    def follow_on_screen(self, selector):
        controls = self.controls(selector)
        self.follow_all(controls)
        return controls

    def follow(self, control):
        """A GET as a link does (once per address), or a POST as the scripts send it."""
        url = urljoin(self.page.url, control["href"])
        request = self.page.request
        try:
            if control["post"]:
                cookies = self.page.context.cookies()
                csrf = next(c["value"] for c in cookies if c["name"] == settings.CSRF_COOKIE_NAME)
                data = {**json.loads(control["data"] or "{}"), "csrfmiddlewaretoken": csrf}
                response = request.post(url, form=data, headers={"X-CSRFToken": csrf})
            elif url in self.fetched:
                return
            else:
                self.fetched.add(url)
                response = request.get(url)
        except Exception as error:  # e.g. sent on to a host that is not this site
            self.failures.append(f"“{control['name']}” {url}: {error}")
            return
        body = response.text()
        if response.status >= 400 or "403 Forbidden" in body or '<li class="error">' in body:
            self.failures.append(f"“{control['name']}” {url} → {response.status}")


def named(controls, name):
    return next(control for control in controls if control["name"].startswith(name))


@pytest.fixture
def editor_page(site_url, browser):
    for username, role, first_name in (("eddie", EDITOR, "Eddie"), ("pat", PUBLISHER, "Pat")):
        user = get_user_model().objects.create_user(
            username, password=PASSWORD, is_staff=True, first_name=first_name, last_name=role
        )
        user.groups.add(ensure_roles()[role])
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site_url}/admin/login/?next=/about/")
    page.get_by_label("Username").fill("eddie")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{site_url}/about/")
    yield page
    context.close()


def test_every_control_an_editor_is_offered_works(site_url, editor_page):
    page = editor_page
    session = EditorsSession(page, site_url)
    toolbar = page.locator(".cms-toolbar")

    # A published page: the toolbar as the Editor first sees it ("New draft" makes the draft).
    published = session.follow_on_screen(TOOLBAR)
    offered = [control["name"] for control in published]
    assert not [name for name in offered if name.startswith(("Advanced settings", "Delete"))]
    expect(toolbar).to_contain_text("A Publisher changes a page's advanced settings")
    page.goto(page.url)

    # Their own draft, in edit mode: every entry; the menus' POSTs each put back as it was.
    toolbar.get_by_role("link", name="Edit", exact=True).click()
    expect(toolbar.get_by_role("link", name="Ready for review")).to_be_visible()
    editing = session.controls(TOOLBAR)
    session.follow_all([control for control in editing if not control["post"]])
    templates = [c for c in editing if c["post"] and c["href"].endswith("/change-template/")]
    navigation = [c for c in editing if c["name"].startswith("Hide in navigation")]
    logout = [c for c in editing if c["name"].startswith(LOGOUT)]
    assert [c for c in editing if c["post"] and c not in templates + navigation + logout] == []
    current = page.locator(
        ".cms-toolbar-item-navigation-active > a[href$='/change-template/']"
    ).get_attribute("data-post")
    for control in [*templates, {**templates[0], "data": current}, *navigation, *navigation]:
        session.follow(control)
    page.reload()
    expect(toolbar.get_by_role("link", name="Ready for review")).to_be_visible()

    # Its preview; then the page's own menu in the page tree ("Pages..." in the toolbar).
    toolbar.get_by_role("link", name="Preview").click()
    expect(toolbar.get_by_role("link", name="Edit", exact=True)).to_be_visible()
    session.follow_on_screen(TOOLBAR)
    page_id = re.search(r"page_id=(\d+)", named(editing, "Pages")["href"]).group(1)
    page.goto(f"{site_url}/admin/cms/page/{page_id}/actions-menu/")
    assert "Set as home" not in [control["name"] for control in session.follow_on_screen("a")]

    # The page's versions; then the draft discarded as the confirmation does it.
    page.goto(urljoin(site_url, named(editing, "Manage Versions")["href"]))
    session.follow_on_screen(ADMIN)
    page.goto(urljoin(site_url, named(editing, "Discard Changes")["href"]))
    page.get_by_role("button", name="Yes, I'm sure").click()

    # Publications: the list's row and state menu (their GETs), the published version's view.
    page.goto(f"{site_url}/admin/publications/publicationcontent/")
    row = f"#result_list tr:has-text('{PUBLICATION}')"
    listed = session.controls(f"{row} a")
    session.follow_all([control for control in listed if not control["post"]])
    page.locator(row).locator(".js-cms-pagetree-dropdown-trigger").click()
    state_menu = session.controls(".cms-pagetree-dropdown-menu a")
    session.follow_all([control for control in state_menu if not control["post"]])
    page.goto(urljoin(site_url, named(listed, PUBLICATION)["href"]))
    expect(page.get_by_role("heading", level=1)).to_contain_text("View publication")
    viewed = session.controls(ADMIN)
    session.follow_all([control for control in viewed if not control["post"]])
    # "New Draft" three ways: the row's, the state menu's, the view's (the draft is reused).
    for control in [c for c in listed + state_menu if c["post"]]:
        session.follow(control)
    page.locator(".object-tools").get_by_role("link", name="New Draft").click()

    # The draft's change form: its links, "Ready for review", and saving it.
    expect(page.locator(".dccs-review-status")).to_contain_text("A Publisher publishes this")
    session.follow_on_screen(ADMIN)
    page.get_by_label("Summary").fill("An editor's summary, saved to see that saving works.")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    # The list again (with the draft), its state menu, the versions list and its actions.
    page.goto(f"{site_url}/admin/publications/publicationcontent/")
    session.follow_on_screen(f"{row} a")
    page.locator(row).locator(".js-cms-pagetree-dropdown-trigger").click()
    state_menu = session.follow_on_screen(".cms-pagetree-dropdown-menu a")
    page.goto(urljoin(site_url, named(state_menu, "Manage Versions")["href"]))
    session.follow_on_screen(ADMIN)
    page.locator("#result_list input[name=_selected_action]").nth(0).check()
    page.locator("#result_list input[name=_selected_action]").nth(1).check()
    page.locator("select[name=action]").select_option("compare_versions")
    page.get_by_role("button", name="Go").click()
    expect(page.locator("body")).to_contain_text("Comparing")
    page.goto(urljoin(site_url, named(state_menu, "Discard Changes")["href"]))
    page.get_by_role("button", name="Yes, I'm sure").click()
    expect(page.locator("#result_list")).to_contain_text("Published")

    # Last, what ends it: the toolbar switched off, then logging out.
    for control in published:
        if control["name"].startswith(DISABLE_TOOLBAR):
            session.follow({**control, "href": urljoin(f"{site_url}/about/", control["href"])})
    session.follow(named(published, LOGOUT))

    assert session.failures == []
