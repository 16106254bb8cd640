"""The editors' guide (docs/editors.md) stays true: each of its sections names the test here
(or in test_editors_guide_publications.py or test_editors_guide_records.py) that walks its
steps in Chromium, by the words the guide quotes, and checks what the editor, and then a
reader, sees.

Each test builds the people it needs; the seeded site is there for the pages they change.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core import mail
from djangocms_text.models import Text
from playwright.sync_api import expect

from pages.roles import ADMINISTRATOR, EDITOR, PUBLISHER
from reviews.models import ReviewRequest
from tests.accounts import PASSWORD, staff_member
from tests.browser.test_accessibility import serious_violations
from tests.reviews.conftest import published_page_version

GUIDE = Path(settings.BASE_DIR) / "docs" / "editors.md"
NEW_PASSWORD = "Kestrel-orchard-lantern-42"
WIDE = {"viewport": {"width": 1366, "height": 900}}
PEOPLE = {
    "eddie": (EDITOR, "Eddie", "Editor"),
    "pat": (PUBLISHER, "Pat", "Publisher"),
    "ada": (ADMINISTRATOR, "Ada", "Administrator"),
}


def walks_the_guide(test):
    return pytest.mark.browser(pytest.mark.django_db(transaction=True)(test))


def person(username):
    """One of PEOPLE, made the first time they are needed."""
    existing = get_user_model().objects.filter(username=username).first()
    if existing:
        return existing
    role, first_name, last_name = PEOPLE[username]
    return staff_member(
        username,
        role,
        first_name=first_name,
        last_name=last_name,
        email=f"{username}@example.gov.uk",
    )


def sign_in(browser, site_url, username, password=PASSWORD):
    """The guide's "Sign in": a new browser at /admin/, Username, Password, Log in."""
    page = browser.new_context(**WIDE).new_page()
    page.goto(f"{site_url}/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Editing the website")
    return page


def signed_in(browser, site_url, username):
    person(username)
    return sign_in(browser, site_url, username)


def open_in_admin(page, section, name):
    """ "In the admin, under <section>, open <name>", from the admin's home page."""
    page.goto(page.url.split("/admin/")[0] + "/admin/")
    table = page.locator("#content-main").get_by_role("table", name=section, exact=True)
    table.get_by_role("rowheader").get_by_role("link", name=name, exact=True).click()


def links(page, name) -> int:
    """How many links the page's main part offers by this name (the theme adds an icon)."""
    return page.locator("#content-main").get_by_role("link", name=name).count()


def open_the_guide(page):
    """Press the website's name at the top left of the admin; choose "Editors' guide"."""
    page.locator("#header").get_by_role("link", name=admin.site.site_header).click()
    page.get_by_role("link", name="Editors' guide").click()


def reader_sees(browser, url, part="main") -> str:
    """The text a reader arriving now gets in a part of the page (a new browser: nothing
    cached)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url)
        return page.locator(part).inner_text()
    finally:
        context.close()


def type_into_the_page(page, sentence):
    """Click the words and type; the change is saved when you click outside the text."""
    page.locator(".dccs-prose [contenteditable=true] p").first.click()
    page.keyboard.press("End")
    page.keyboard.type(f" {sentence}")
    with page.expect_response(lambda r: "edit-plugin" in r.url and r.request.method == "POST"):
        page.get_by_role("heading", level=1).click()


def test_every_section_of_the_guide_names_a_test_that_exists():
    text = GUIDE.read_text()
    sections = re.split(r"^## ", text, flags=re.M)[1:]
    assert len(sections) >= 12
    here = Path(__file__).parent
    for section in sections:
        heading = section.splitlines()[0]
        named = re.findall(r"^Checked by: tests/browser/(\w+\.py)::(\w+)$", section, re.M)
        assert len(named) == 1, f"“{heading}” names no test (or more than one)"
        module, test = named[0]
        source = (here / module).read_text()
        assert re.search(rf"^def {test}\(", source, re.M), f"“{heading}”: no {module}::{test}"


@walks_the_guide
def test_sign_in_and_reset_a_forgotten_password(site_url, browser, settings):
    settings.SITE_URL = site_url  # the emailed link leads to the live server
    person("eddie")
    page = browser.new_context(**WIDE).new_page()
    try:
        page.goto(f"{site_url}/admin/")
        page.get_by_role("link", name="Forgotten your login credentials?").click()
        page.get_by_label("Email address").fill("eddie@example.gov.uk")
        page.get_by_role("button", name="Reset my password").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Password reset sent")

        [email] = mail.outbox
        page.goto(re.search(r"^https?://\S+/admin/reset/\S+/$", email.body, re.M).group(0))
        page.get_by_label("New password:").fill(NEW_PASSWORD)
        page.get_by_label("Confirm password").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Change my password").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Password reset complete")
        page.get_by_role("link", name="Log in").click()  # the sign-in page
        page.get_by_label("Username").fill("eddie")
        page.get_by_label("Password").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Editing the website")

        open_the_guide(page)
        expect(page.get_by_role("heading", level=1)).to_have_text("Editors' guide")
        expect(page.get_by_role("heading", name="Who can do what")).to_be_visible()
    finally:
        page.context.close()


@walks_the_guide
def test_who_can_do_what(site_url, browser):
    seen = {}
    # each on a page of their own: a draft is its author's alone
    for username, path in {"eddie": "/about/", "pat": "/governance/", "ada": "/ofsted/"}.items():
        page = signed_in(browser, site_url, username)
        try:
            main = page.locator("#content-main")
            seen[username] = {
                "staff accounts": main.get_by_role("link", name="Staff accounts").count(),
            }
            looked = page.goto(f"{site_url}/admin/pages/alertbanner/")
            seen[username]["alert banners"] = (looked.status, links(page, "Add alert banner"))
            looked = page.goto(f"{site_url}/admin/contacts/closure/")
            seen[username]["closures"] = (looked.status, links(page, "Add closure"))
            page.goto(f"{site_url}{path}")
            toolbar = page.locator(".cms-toolbar")
            toolbar.get_by_role("link", name="New draft").click()
            expect(toolbar.get_by_role("link", name="Preview")).to_be_visible()
            seen[username]["publish"] = toolbar.get_by_role(
                "link", name="Publish", exact=True
            ).count()
            seen[username]["ask"] = toolbar.get_by_role("link", name="Ready for review").count()
        finally:
            page.context.close()

    # An Editor looks at the records (200, nothing to add), and is refused the contacts (403).
    may = {"staff accounts": 0, "alert banners": (200, 0), "closures": (403, 0)}
    assert seen["eddie"] == {**may, "publish": 0, "ask": 1}
    may = {"alert banners": (200, 1), "closures": (200, 1), "publish": 1, "ask": 0}
    assert seen["pat"] == {"staff accounts": 0, **may}
    assert seen["ada"] == {**seen["pat"], "staff accounts": 1}


SENTENCE = "Families can now ask for early help online."


@walks_the_guide
def test_change_a_page_preview_it_and_ask_for_review(site_url, browser):
    person("pat")
    page = signed_in(browser, site_url, "eddie")
    try:
        page.goto(f"{site_url}/about/")
        toolbar = page.locator(".cms-toolbar")
        toolbar.get_by_role("link", name="New draft").click()
        type_into_the_page(page, SENTENCE)
        assert SENTENCE not in reader_sees(browser, f"{site_url}/about/")

        toolbar.get_by_role("link", name="Preview").click()
        expect(page.locator("main")).to_contain_text(SENTENCE)
        toolbar.get_by_role("link", name="Edit", exact=True).click()
        toolbar.get_by_role("link", name="Ready for review").click()
        page.get_by_label("Note for the Publisher (optional)").fill("A new sentence.")
        page.get_by_role("button", name="Ready for review").click()

        expect(toolbar.get_by_text("Waiting for a Publisher", exact=True)).to_be_visible()
        assert len(mail.outbox) == 1 and mail.outbox[0].to == ["pat@example.gov.uk"]
        assert SENTENCE not in reader_sees(browser, f"{site_url}/about/")
    finally:
        page.context.close()


def an_editors_waiting_page_draft(reverse_id, sentence):
    """What "Ready for review" leaves behind: an Editor's draft with a sentence added."""
    editor = person("eddie")
    draft = published_page_version(reverse_id).copy(editor)
    placeholder = draft.content.get_placeholders().get(slot="content")
    block = Text.objects.filter(placeholder=placeholder).order_by("position").first()
    block.body = f"{block.body}<p>{sentence}</p>"
    block.save()
    ReviewRequest.objects.create(version=draft, asked_by=editor, note="Please publish.")


@walks_the_guide
def test_publish_a_change_to_a_page(site_url, browser):
    an_editors_waiting_page_draft("about", SENTENCE)
    page = signed_in(browser, site_url, "pat")
    own_sentence = "The governance page, as a Publisher changed it."
    try:
        open_in_admin(page, "Reviews and schedules", "Review requests")
        row = page.locator("#result_list tr", has_text="About the department")
        expect(row).to_contain_text("Please publish.")
        row.get_by_role("link", name="Compare").click()
        expect(page.locator(".cms-versioning-title")).to_contain_text("Comparing")
        page.go_back()
        expect(row.get_by_role("link", name="Send back")).to_be_visible()
        row.get_by_role("button", name="Publish").click()
        expect(page.locator(".messagelist")).to_contain_text("Published")
        assert SENTENCE in reader_sees(browser, f"{site_url}/about/")

        page.goto(f"{site_url}/governance/")
        toolbar = page.locator(".cms-toolbar")
        toolbar.get_by_role("link", name="New draft").click()
        type_into_the_page(page, own_sentence)
        toolbar.get_by_role("link", name="Preview").click()
        expect(page.locator("main")).to_contain_text(own_sentence)
        toolbar.get_by_role("link", name="Edit", exact=True).click()
        toolbar.get_by_role("link", name="Publish", exact=True).click()
        page.wait_for_url(f"{site_url}/governance/")
        assert own_sentence in reader_sees(browser, f"{site_url}/governance/")
    finally:
        page.context.close()


@walks_the_guide
def test_the_guide_in_the_admin_reads_well_and_passes_axe(site_url, browser):
    page = signed_in(browser, site_url, "eddie")
    try:
        open_the_guide(page)
        main = page.locator("#content-main")
        main.get_by_role("link", name="When an upload is refused").click()
        assert page.url.endswith("#when-an-upload-is-refused")
        expect(main).not_to_contain_text("Checked by")
        pictures = main.get_by_role("img").all()
        assert pictures, "the guide shows no pictures"
        for picture in pictures:  # each one there (docs/images/editors/: make screenshots)
            assert picture.evaluate("image => image.complete && image.naturalWidth") > 0
        report = serious_violations(page)
        assert not report, report
    finally:
        page.context.close()
