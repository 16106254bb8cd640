"""A Publisher's publication form in Chromium, and the files staff open from it.

The form as a person meets it: a text file named ".pdf" is refused in plain words; a form
error keeps the PDF chosen, so the next save needs no new choice; an HTML version left
untouched in the editor is no HTML version anywhere readers look. Staff open every version's
file and every earlier file from the admin; the public gets none of them there.
"""

import pytest
from djangocms_versioning.models import Version
from playwright.sync_api import expect

from pages.roles import EDITOR, PUBLISHER
from publications.models import PublicationContent
from tests.browser.test_accessibility import signed_in
from tests.publications.conftest import a_publication_with_three_files, make_pdf, stored_bytes
from tests.publications.factories import PublicationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ADD_FORM = "/admin/publications/publicationcontent/add/"
TITLE = "Youth justice plan 2026"
NOT_A_PDF = (
    "This file is not a PDF: it looks like plain text. Save it as a PDF and upload it again."
)


def choose(page, name, data):
    page.locator("#id_file").set_input_files(
        files=[{"name": name, "mimeType": "application/pdf", "buffer": data}]
    )


def save(page):
    page.get_by_role("button", name="Save", exact=True).click()


def test_a_publisher_adds_a_publication_through_refusals_without_choosing_twice(site_url, browser):
    page, publisher = signed_in(browser, site_url, PUBLISHER)
    pdf = make_pdf(3, text="Youth justice plan")
    try:
        page.goto(f"{site_url}{ADD_FORM}")
        page.locator("#id_title").fill(TITLE)
        page.locator("#id_title").press("Tab")  # the slug follows the title
        expect(page.locator("#id_slug")).to_have_value("youth-justice-plan-2026")
        page.locator("#id_kind").select_option("plan")
        page.locator("#id_summary").fill("How we keep young people out of the justice system.")
        page.locator("#id_document_year").fill("2026")
        choose(page, "minutes.pdf", b"Minutes of the meeting\nAll present.\n")
        save(page)
        expect(page.locator(".field-file .errorlist")).to_have_text(NOT_A_PDF)
        expect(page.locator(".dccs-kept-file")).to_have_count(0)  # nothing to keep

        page.locator("#id_document_year").fill("")  # the year is missing this time
        choose(page, "Youth justice plan.pdf", pdf)
        save(page)
        expect(page.locator(".errorlist")).to_contain_text(
            "Give the year of the document, or its date."
        )
        kept = page.locator(".dccs-kept-file")
        expect(kept).to_contain_text("You chose Youth justice plan.pdf (PDF, ")
        expect(kept).to_contain_text("3 pages): it is kept; choose another file to replace it.")

        page.locator("#id_document_year").fill("2026")  # no file chosen again
        save(page)
        expect(page.locator(".messagelist")).to_contain_text("was added successfully")

        content = PublicationContent.admin_manager.get(title=TITLE)
        assert (content.original_filename, content.page_count) == ("Youth justice plan.pdf", 3)
        assert stored_bytes(content.file) == pdf
        assert content.body == ""  # the untouched editor sent "<p></p>"
        Version.objects.get_for_content(content).publish(publisher)
    finally:
        page.context.close()

    reader = browser.new_context()
    try:
        page = reader.new_page()
        page.goto(f"{site_url}/publications/")
        entry = page.locator(".dccs-publication", has_text=TITLE)
        expect(entry).to_contain_text("Download")
        expect(entry).not_to_contain_text("HTML version")
        entry.get_by_role("link", name=TITLE, exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
        expect(page.locator("main")).not_to_contain_text("HTML version")
        expect(page.locator("main")).to_contain_text("Year of the document")
        download = page.request.get(f"{site_url}{content.get_download_url()}")
        assert download.status == 200 and download.body() == pdf
    finally:
        reader.close()


def test_staff_open_every_file_from_the_admin_and_the_public_none(site_url, browser):
    page, editor = signed_in(browser, site_url, EDITOR)
    published, files = a_publication_with_three_files(editor)
    draft = PublicationContent.admin_manager.get(original_filename="Third draft.pdf")
    draft_only = PublicationFactory(title="Not yet public", state="draft")
    reader = browser.new_context()
    try:
        page.goto(f"{site_url}/admin/publications/publicationcontent/{draft.pk}/change/")
        current = page.locator(".dccs-current-file a")
        expect(current).to_have_text("Third draft.pdf")
        earlier = page.locator(".field-earlier_files a", has_text="First.pdf")
        links = {"Third draft.pdf": current.get_attribute("href")}
        links["First.pdf"] = earlier.get_attribute("href")
        page.goto(f"{site_url}/admin/publications/publicationcontent/{published.pk}/change/")
        links["Second edition (final).pdf"] = page.locator(".field-pdf a").get_attribute("href")
        for name, href in links.items():
            route, pdf = files[name]
            assert href == route
            opened = page.request.get(f"{site_url}{route}")
            assert (opened.status, opened.body()) == (200, pdf), name
            assert name in opened.headers["content-disposition"]

        public = reader.new_page()
        for route, _ in files.values():
            refused = public.request.get(f"{site_url}{route}", max_redirects=0)
            assert refused.status == 302, route
            assert refused.headers["location"].startswith("/admin/login/")
        public_download = public.request.get(f"{site_url}{published.get_download_url()}")
        assert public_download.body() == files["Second edition (final).pdf"][1]
        assert public.request.get(f"{site_url}{draft_only.get_download_url()}").status == 404
    finally:
        page.context.close()
        reader.close()


def test_publish_after_an_unsaved_change_asks_first_and_publishes_nothing_if_cancelled(
    site_url, browser
):
    """djangocms-versioning's Publish is a link: pressed before Save, it published the draft
    as last saved and said "Version published", the change silently left behind."""
    draft = PublicationFactory(title=TITLE, summary="As saved.", state="draft")
    page, publisher = signed_in(browser, site_url, PUBLISHER)
    asked = []
    try:
        page.goto(f"{site_url}/admin/publications/publicationcontent/{draft.pk}/change/")
        page.get_by_role("link", name="Publish", exact=True).wait_for()
        page.locator("#id_summary").fill("Changed, not saved.")

        def cancel(dialog):
            asked.append(dialog.message)
            dialog.dismiss()

        page.once("dialog", cancel)
        page.get_by_role("link", name="Publish", exact=True).click()
        expect(page.locator("#id_summary")).to_have_value("Changed, not saved.")
    finally:
        page.context.close()

    assert asked and "not saved" in asked[0]
    assert Version.objects.get_for_content(draft).state == "draft"
    assert not PublicationContent.objects.filter(title=TITLE).exists()  # readers: nothing
