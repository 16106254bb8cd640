"""The admin and toolbar screens an editor uses log nothing to the browser's console.

A Publisher signs in and walks through the screens in Chromium, in one browser context:
the sign-in page, the admin's index, lists and forms, the page tree, a page with the
toolbar in edit and preview mode, from preview back to edit, and page settings saved in
the CMS's modal and from the page tree in its sideframe. On each screen (its frames
included) every console error and uncaught exception is kept; each screen's test then
asserts there were none. A library script the staff Content-Security-Policy refuses,
or one that throws, fails here: the fixes the project carries are in
dccs_site/static_patches.py, dccs_site/library_patches.py and templates/admin/.

The walk runs once, before the module's tests (the ``walk`` fixture); each test then reads
what was kept for its screen.
"""

from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import pytest
from cms.models import Page
from django.core.management import call_command
from playwright.sync_api import expect

from pages.roles import PUBLISHER
from publications.models import PublicationContent
from tests.accounts import PASSWORD, staff_member
from tests.browser.console import ConsoleWatch
from tests.seeding import ensure_seeded

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE_PATH = "/about/"
# The screens, in the order the walk reaches them.
SIGN_IN = "sign-in page"
ADMIN_INDEX = "admin index"
PUBLICATIONS_LIST = "publications list"
ALERT_BANNERS_LIST = "alert banners list"
PUBLICATION_FORM = "publication change form"
PAGE_TREE = "page tree"
PAGE_DELETE = "page delete confirmation"
PUBLISHED_PAGE = "published page with the toolbar"
EDIT_MODE = "page in edit mode"
PREVIEW_MODE = "page in preview mode"
PREVIEW_TO_EDIT = "preview, then Edit"
MODAL_SAVED = "page settings saved in the modal"
SIDEFRAME_TREE = "page tree in the sideframe"
SIDEFRAME_SAVED = "page settings saved from the sideframe's page tree"
SCREENS = (
    SIGN_IN,
    ADMIN_INDEX,
    PUBLICATIONS_LIST,
    ALERT_BANNERS_LIST,
    PUBLICATION_FORM,
    PAGE_TREE,
    PAGE_DELETE,
    PUBLISHED_PAGE,
    EDIT_MODE,
    PREVIEW_MODE,
    PREVIEW_TO_EDIT,
    MODAL_SAVED,
    SIDEFRAME_TREE,
    SIDEFRAME_SAVED,
)


class Walk:
    """Each screen's console messages and the address it ended on."""

    def __init__(self, page):
        self.page = page
        self.watch = ConsoleWatch(page)
        self.errors: dict[str, list[str]] = {}
        self.urls: dict[str, str] = {}

    def visit(self, screen: str, go: Callable[[], None]) -> None:
        """Reach the screen, let its scripts and requests finish, keep what was logged.
        A step that fails is kept as that screen's error, and the walk goes on."""
        self.watch.take()  # what the previous screen logged as it was left is its own
        try:
            go()
            self.page.wait_for_load_state("networkidle")
        except Exception as failure:  # the screen's test reports it
            self.watch.messages.append(f"the step failed: {failure}")
        self.urls[screen] = self.page.url
        self.errors[screen] = self.watch.take()


def walk_the_editors_screens(walk: Walk, site: str, publisher) -> None:
    page = walk.page
    toolbar = page.locator(".cms-toolbar")
    sideframe = page.frame_locator(".cms-sideframe-frame iframe")
    about = Page.objects.get(urls__path=PAGE_PATH.strip("/"))
    publication = PublicationContent.admin_manager.first()

    walk.visit(SIGN_IN, lambda: page.goto(f"{site}/admin/login/?next=/admin/"))
    page.get_by_label("Username").fill(publisher.username)
    page.get_by_label("Password").fill(PASSWORD)
    walk.visit(ADMIN_INDEX, lambda: page.get_by_role("button", name="Log in").click())
    walk.visit(
        PUBLICATIONS_LIST, lambda: page.goto(f"{site}/admin/publications/publicationcontent/")
    )
    walk.visit(ALERT_BANNERS_LIST, lambda: page.goto(f"{site}/admin/pages/alertbanner/"))
    walk.visit(
        PUBLICATION_FORM,
        lambda: page.goto(f"{site}/admin/publications/publicationcontent/{publication.pk}/change/"),
    )
    walk.visit(PAGE_TREE, lambda: page.goto(f"{site}/admin/cms/pagecontent/"))
    walk.visit(PAGE_DELETE, lambda: page.goto(f"{site}/admin/cms/page/{about.pk}/delete/"))

    walk.visit(PUBLISHED_PAGE, lambda: page.goto(f"{site}{PAGE_PATH}"))
    walk.visit(EDIT_MODE, lambda: toolbar.get_by_role("link", name="New draft").click())
    walk.visit(PREVIEW_MODE, lambda: toolbar.get_by_role("link", name="Preview").click())
    walk.visit(PREVIEW_TO_EDIT, lambda: toolbar.get_by_role("link", name="Edit").click())

    def save_page_settings_in_the_modal():
        toolbar.get_by_role("link", name="Page", exact=True).click()
        toolbar.get_by_role("link", name="Page settings...").click()
        form = page.frame_locator(".cms-modal-frame iframe")
        expect(form.locator("input[name=title]")).to_be_visible()
        # The modal sees the saved form's answer, closes and reloads the page.
        with page.expect_navigation():
            page.locator(".cms-modal-buttons").get_by_role("link", name="Save").click()

    walk.visit(MODAL_SAVED, save_page_settings_in_the_modal)

    def open_the_page_tree_in_the_sideframe():
        toolbar.locator(".cms-toolbar-item-navigation > li > a").first.click()
        toolbar.get_by_role("link", name="Pages...").click()
        expect(sideframe.locator("a.js-cms-tree-advanced-settings").first).to_be_visible()

    walk.visit(SIDEFRAME_TREE, open_the_page_tree_in_the_sideframe)

    def save_page_settings_from_the_tree():
        sideframe.locator("a.js-cms-tree-advanced-settings[href*='/change/']").nth(1).click()
        sideframe.locator("input[name=_save]").click()
        # Saved: the sideframe is back at the tree.
        expect(sideframe.locator("a.js-cms-tree-advanced-settings").first).to_be_visible()

    walk.visit(SIDEFRAME_SAVED, save_page_settings_from_the_tree)


@pytest.fixture(scope="module")
def walk(django_db_setup, django_db_blocker, live_server, browser):
    """The screens, walked once for the module's tests.

    The live server reads the database while the walk runs (outside a test, pytest-django
    would refuse it), and the walk empties the database when it ends, as a live-server
    test does, so the drafts and settings it saved reach no other test.
    """
    context = browser.new_context()
    try:
        with django_db_blocker.unblock():
            ensure_seeded()
            walk = Walk(context.new_page())
            try:
                publisher = staff_member("console-publisher", PUBLISHER)
                walk_the_editors_screens(walk, live_server.url, publisher)
            finally:
                call_command("flush", interactive=False, verbosity=0)
    finally:
        context.close()
    return walk


@pytest.mark.parametrize("screen", SCREENS)
def test_the_screen_logs_no_console_error(walk, screen):
    errors = walk.errors[screen]

    assert errors == [], f"on {screen} ({walk.urls[screen]}):\n" + "\n\n".join(errors)


def test_going_from_preview_to_edit_keeps_one_language_parameter(walk):
    url = walk.urls[PREVIEW_TO_EDIT]
    query = urlsplit(url).query

    assert "/edit/" in url
    assert query.count("language=") == 1, url
    assert parse_qs(query) == {"language": ["en"]}, url
