"""The XSS corpus, published in several places, runs nowhere: not for a resident, nor in the admin.

Chromium visits every page that shows the hostile content with a dialog
listener; ``alert(1)`` must never open one. The pages are loaded with the
Content-Security-Policy bypassed, so the test proves the escaping and the
sanitising, not the policy (which would otherwise block inline script and
hide a hole). A control page shows the listener does catch a payload that runs.
"""

import pytest
from cms.models import PageContent
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.base import ContentFile
from djangocms_text.models import Text
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.helpers import version_list_url
from djangocms_versioning.models import Version

from pages.models import GovernanceBody, Inspection, InspectionFinding, PriorityTheme
from pages.roles import PUBLISHER, ensure_roles
from tests.publications.factories import PublicationFactory, make_pdf
from tests.security.corpus import ALL_PAYLOADS, HOSTILE_RICH_TEXT, IMG_ONERROR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-for-the-hostile-content-test"
# Handlers a payload would leave in the DOM if it survived as markup.
SURVIVING_HANDLERS = "[onerror], [onload], a[href^='javascript:' i], iframe[srcdoc]"


def publish_hostile_page(publisher):
    """The About page with the corpus in its titles and its first section."""
    contents = PageContent.admin_manager.filter(page__reverse_id="about", language="en")
    draft = Version.objects.get(
        object_id__in=contents.values("pk"), content_type__model="pagecontent", state=PUBLISHED
    ).copy(publisher)
    PageContent.admin_manager.filter(pk=draft.content.pk).update(
        title=ALL_PAYLOADS, page_title=ALL_PAYLOADS, menu_title=ALL_PAYLOADS
    )
    placeholder = draft.content.get_placeholders().get(slot="content")
    text = Text.objects.filter(placeholder=placeholder).order_by("position")[0]
    text.body = HOSTILE_RICH_TEXT
    text.save()
    Version.objects.get(pk=draft.pk).publish(publisher)


def publish_hostile_records():
    publication = PublicationFactory(
        title=ALL_PAYLOADS,
        slug="hostile-publication",
        kind="report",
        summary=ALL_PAYLOADS,
        body=HOSTILE_RICH_TEXT,
        document_year=2099,
        file=ContentFile(make_pdf(), name=f"{IMG_ONERROR}.pdf"),
    )
    body = GovernanceBody(
        name=ALL_PAYLOADS,
        kind="board",
        chair=ALL_PAYLOADS,
        purpose=ALL_PAYLOADS,
        link_text=ALL_PAYLOADS,
        link_url="https://example.org/",
        source_note=ALL_PAYLOADS,
    )
    body.full_clean()
    body.save()
    inspection = Inspection(
        kind="focused-visit",
        starts_on="2099-01-12",
        summary=ALL_PAYLOADS,
        report=publication.publication,
    )
    inspection.full_clean()
    inspection.save()
    InspectionFinding.objects.create(inspection=inspection, quote=ALL_PAYLOADS)
    PriorityTheme.objects.create(name=ALL_PAYLOADS, description=ALL_PAYLOADS, order=99)
    return publication, body


@pytest.fixture
def hostile_site(site_url):
    user = get_user_model().objects.create_user("publisher", password=PASSWORD, is_staff=True)
    user.groups.add(ensure_roles()[PUBLISHER])
    publish_hostile_page(user)
    publication, body = publish_hostile_records()
    cache.clear()
    return site_url, user, publication, body


def watched_page(context):
    """A page that records every dialog (and dismisses it, so nothing waits on it)."""
    page = context.new_page()
    page.dialogs = []

    def dismiss(dialog):
        page.dialogs.append(f"{dialog.type}: {dialog.message} on {page.url}")
        dialog.dismiss()

    page.on("dialog", dismiss)
    return page


def visit(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")
    surviving = page.locator(SURVIVING_HANDLERS).evaluate_all(
        "elements => elements.map(e => e.outerHTML.slice(0, 120))"
    )
    assert not surviving, f"{url}: {surviving}"


def test_the_listener_catches_a_payload_that_runs(browser):
    context = browser.new_context(bypass_csp=True)
    try:
        page = watched_page(context)
        page.set_content(f"<p>{IMG_ONERROR}</p>")
        page.wait_for_timeout(500)
        assert page.dialogs, "the dialog listener missed a payload that ran"
    finally:
        context.close()


def test_no_payload_runs_for_a_resident_or_a_publisher(hostile_site, browser):
    site_url, user, publication, body = hostile_site
    public_paths = [
        "/",
        "/about/",
        "/about/performance/",
        "/governance/",
        "/ofsted/",
        "/publications/",
        publication.get_absolute_url(),
        "/publications/?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&kind=%3Csvg+onload%3Dalert(1)%3E",
        "/contact/",
    ]
    resident = browser.new_context(bypass_csp=True)
    staff = browser.new_context(bypass_csp=True)
    try:
        page = watched_page(resident)
        for path in public_paths:
            visit(page, f"{site_url}{path}")
        assert not page.dialogs, page.dialogs

        page = watched_page(staff)
        page.goto(f"{site_url}/admin/login/?next=/admin/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{site_url}/admin/")
        for path in (
            "/admin/",
            "/admin/publications/publicationcontent/",
            f"/admin/publications/publicationcontent/{publication.pk}/change/",
            f"/admin/publications/publicationcontent/{publication.pk}/preview/",
            version_list_url(publication),  # "Manage versions"
            f"/admin/pages/governancebody/{body.pk}/change/",
            "/admin/pages/inspection/",
            "/admin/pages/prioritytheme/",
            "/admin/cms/pagecontent/",  # the page tree, drawn by JavaScript
            "/about/",  # with the CMS toolbar
        ):
            visit(page, f"{site_url}{path}")
        assert not page.dialogs, page.dialogs
    finally:
        resident.close()
        staff.close()
