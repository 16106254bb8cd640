"""Review requests in Chromium: an Editor asks, a Publisher sends back, the Editor changes
and asks again, the Publisher publishes, and the next reader sees the change.

Once for a page (the CMS toolbar's "Ready for review", the comment in the toolbar) and once
for a publication (the draft's change form). Readers see nothing of a draft until the
Publisher publishes it from the review list.
"""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from pages.roles import EDITOR, PUBLISHER, ensure_roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-for-the-browser-test"
REVIEWS = "/admin/reviews/reviewrequest/"
FIRST_TRY = "An editor's first try at a new sentence."
SECOND_TRY = "An editor's sentence, as the Publisher asked."
COMMENT = "Say who the service is for."


def staff(username, role, first_name, last_name):
    user = get_user_model().objects.create_user(
        username,
        password=PASSWORD,
        is_staff=True,
        first_name=first_name,
        last_name=last_name,
    )
    user.groups.add(ensure_roles()[role])
    return username


@pytest.fixture
def people(site_url, browser):
    """Signed-in pages for an Editor and a Publisher, each in a browser of their own."""
    contexts = []

    def signed_in(username, next_path):
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{site_url}/admin/login/?next={next_path}")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        expect(page).to_have_url(f"{site_url}{next_path}")
        return page

    staff("eddie", EDITOR, "Eddie", "Editor")
    staff("pat", PUBLISHER, "Pat", "Publisher")
    yield signed_in
    for context in contexts:
        context.close()


def reader_sees(browser, site_url, path) -> str:
    """The main text a reader arriving now gets (a new browser: nothing cached)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        response = page.goto(f"{site_url}{path}")
        assert response.status == 200
        return page.locator("main").inner_text()
    finally:
        context.close()


def ask_for_review(page, note):
    """The ask form, as "Ready for review" opens it: a note, then "Ready for review"."""
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ask for a review")
    expect(page.locator("#content-main")).to_contain_text("Pat Publisher")
    page.get_by_label("Note for the Publisher (optional)").fill(note)
    page.get_by_role("button", name="Ready for review").click()


def send_back(page, row_text):
    """The Publisher compares the draft with what readers see, comes back, and sends it back."""
    row = page.locator("#result_list tr", has_text=row_text).filter(has_text="Waiting")
    row.get_by_role("link", name="Compare").click()
    expect(page.locator(".cms-versioning-title")).to_contain_text("Comparing")
    page.go_back()
    row.get_by_role("link", name="Send back").click()
    page.get_by_label("What needs to change").fill(COMMENT)
    page.get_by_role("button", name="Send back").click()
    expect(page.locator(".messagelist")).to_contain_text("Sent back to Eddie Editor")


def publish(page, row_text):
    page.goto(page.url.split("/admin/")[0] + REVIEWS)
    row = page.locator("#result_list tr", has_text=row_text).filter(has_text="Waiting")
    row.get_by_role("button", name="Publish").click()
    expect(page.locator(".messagelist")).to_contain_text("Published")
    expect(page.locator("#result_list tr", has_text=row_text).first).to_contain_text(
        "Published by Pat Publisher"
    )


def type_into_the_page(page, sentence):
    """Adds a sentence to the first paragraph, inline, as test_editor.py does."""
    paragraph = page.locator(".dccs-prose [contenteditable=true] p").first
    paragraph.click()
    page.keyboard.press("End")
    page.keyboard.type(f" {sentence}")
    # Inline edits are saved when the editor leaves the text.
    with page.expect_response(lambda r: "edit-plugin" in r.url and r.request.method == "POST"):
        page.get_by_role("heading", level=1).click()


def test_a_page_change_is_sent_back_then_published(site_url, browser, people):
    editor = people("eddie", "/about/")
    toolbar = editor.locator(".cms-toolbar")
    toolbar.get_by_role("link", name="New draft").click()
    type_into_the_page(editor, FIRST_TRY)
    draft_url = editor.url
    toolbar.get_by_role("link", name="Ready for review").click()
    ask_for_review(editor, "A first sentence for the About page.")
    expect(editor).to_have_url(draft_url)
    expect(toolbar.get_by_text("Waiting for a Publisher", exact=True)).to_be_visible()
    expect(toolbar.get_by_role("link", name="Publish", exact=True)).to_have_count(0)

    publisher = people("pat", REVIEWS)
    expect(publisher.locator("#result_list")).to_contain_text("A first sentence for the About")
    send_back(publisher, "About the department")

    editor.reload()
    status = toolbar.locator(".dccs-review-toolbar-status")  # in the toolbar's line
    expect(status).to_be_visible()
    expect(status).to_have_text(f"Sent back by Pat Publisher: “{COMMENT}”")
    editor.locator(".dccs-prose [contenteditable=true] p").first.click()
    # The first try goes; the second comes in its place.
    for _ in FIRST_TRY:
        editor.keyboard.press("Backspace")
    editor.keyboard.type(SECOND_TRY)
    with editor.expect_response(lambda r: "edit-plugin" in r.url and r.request.method == "POST"):
        editor.get_by_role("heading", level=1).click()
    toolbar.get_by_role("link", name="Ready for review").click()
    ask_for_review(editor, "Changed as you asked.")
    assert FIRST_TRY not in reader_sees(browser, site_url, "/about/")

    publish(publisher, "About the department")

    text = reader_sees(browser, site_url, "/about/")
    assert SECOND_TRY in text and FIRST_TRY not in text


PUBLICATION = "Early Help Strategy 2023-26"
PUBLICATION_PATH = "/publications/early-help-strategy-2023-26/"
FIRST_SUMMARY = "An editor's first summary of the Early Help Strategy."
SECOND_SUMMARY = "Who early help is for, and how to ask for it: the strategy in brief."


def test_a_publication_change_is_sent_back_then_published(site_url, browser, people):
    editor = people("eddie", "/admin/publications/publicationcontent/")
    editor.locator("#result_list tr", has_text=PUBLICATION).locator("a[title='New Draft']").click()
    draft_form = editor.url.split("?")[0]
    editor.get_by_label("Summary").fill(FIRST_SUMMARY)
    review_status = editor.locator(".dccs-review-status")
    expect(review_status).to_contain_text("A Publisher publishes this. Ask one of: Pat Publisher")
    # one press: the change is saved, then the ask form (nothing typed is lost)
    review_status.get_by_role("button", name="Save and ask for review").click()
    ask_for_review(editor, "A clearer summary.")
    expect(editor).to_have_url(draft_form)
    expect(editor.locator(".messagelist")).to_contain_text("Sent for review")
    expect(review_status).to_contain_text("Waiting for a Publisher")

    publisher = people("pat", REVIEWS)
    send_back(publisher, PUBLICATION)

    editor.reload()
    expect(review_status).to_contain_text(f"Sent back by Pat Publisher: “{COMMENT}”")
    editor.get_by_label("Summary").fill(SECOND_SUMMARY)
    review_status.get_by_role("button", name="Save and ask for review").click()
    ask_for_review(editor, "Now it says who it is for.")
    assert FIRST_SUMMARY not in reader_sees(browser, site_url, PUBLICATION_PATH)

    publish(publisher, PUBLICATION)

    assert SECOND_SUMMARY in reader_sees(browser, site_url, PUBLICATION_PATH)
