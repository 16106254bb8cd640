"""The admin's screens, as the staff who use them see them at 1366 and 1024 px (issue 21).

On each screen, at each width: the page is no wider than the window (nothing to scroll
sideways to), the browser logs no error, and axe-core finds no serious or critical
violation anywhere on it (no rule skipped, no part left out). A Publisher looks at most
screens, a Site administrator at the staff accounts, each full of what an editor's
admin really holds: publications with long titles, topics and replaced files, alert
banners, a closure, redirects kept by the site and set by editors, versions, and a
review request.

The content is made once, and every screen looked at once, before the module's tests
(the ``looked_at`` fixture); each test then reads what was kept for its screen and width.
"""

import datetime as dt
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from djangocms_versioning.helpers import version_list_url
from djangocms_versioning.models import Version

from pages.roles import ADMINISTRATOR, EDITOR, PUBLISHER
from tests.accounts import PASSWORD, staff_member
from tests.browser.console import ConsoleWatch
from tests.browser.test_accessibility import KNOWN_IN_RICH_TEXT_EDITOR, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WINDOWS = {"1366": {"width": 1366, "height": 900}, "1024": {"width": 1024, "height": 768}}
LONG_TITLES = (
    "Children and young people's plan 2024 to 2027: what we will do together, and how we "
    "will know it has worked",
    "Safeguarding partnership annual report for the year ending March 2025, with the "
    "independent scrutineer's findings",
    "Special educational needs and disabilities (SEND) and alternative provision strategy",
    "Early help strategy: supporting families before problems grow",
    "Corporate parenting strategy for children in care and care leavers",
    "Youth justice plan",
)
TOPICS = (
    "Early help",
    "Special educational needs and disabilities",
    "Children in care and care leavers",
    "Safeguarding",
)


# Who uses each screen: a Publisher, but for the staff accounts.
USED_BY = {"user list": ADMINISTRATOR, "user form": ADMINISTRATOR}
# djangocms-text's editor on the publication form (tests/browser/test_accessibility.py).
KNOWN = {"publication form": KNOWN_IN_RICH_TEXT_EDITOR}
# Every box on the page that the reader would have to scroll sideways: a list's table too
# wide for its box hides columns off its right edge though the page itself fits.
SCROLLING_SIDEWAYS = """() => Array.from(document.querySelectorAll("body *"))
  .filter((box) => ["auto", "scroll"].includes(getComputedStyle(box).overflowX)
    && box.scrollWidth > box.clientWidth + 1)
  .map((box) => `${box.tagName.toLowerCase()}#${box.id}.${box.className}: `
    + `${box.scrollWidth} px in ${box.clientWidth}`)"""


@dataclass
class Screen:
    """What a member of staff saw on one screen at one window width."""

    url: str
    document_width: int
    window_width: int
    scrolling_sideways: list[str]
    errors: list[str]
    axe: str


def the_content() -> dict[str, str]:
    """An admin as an editor's would be; returns each screen's path."""
    from contacts.models import Closure
    from pages.models import AlertBanner, AlertSeverity
    from pages.redirects.models import Redirect
    from publications.models import PublicationContent, Topic
    from reviews.models import ReviewRequest
    from tests.page_factories import published_page_with
    from tests.publications.conftest import a_publication_with_three_files
    from tests.publications.factories import PublicationFactory

    publisher = staff_member("screens-publisher", PUBLISHER)
    editor = staff_member(
        "screens-editor", EDITOR, first_name="Nadia", last_name="Okonkwo-Fairweather"
    )
    for number, title in enumerate(LONG_TITLES):
        PublicationFactory(
            title=title,
            kind=("strategy", "report", "plan")[number % 3],
            topics=TOPICS[: 1 + number % len(TOPICS)],
            pages=1 + number,
            state=("published", "draft", "withdrawn", "published")[number % 4],
        )
    with_versions, _ = a_publication_with_three_files(publisher, title=f"{LONG_TITLES[0]} (2)")
    drafted = PublicationContent.admin_manager.get(original_filename="Third draft.pdf")
    drafted.topics.set(Topic.objects.all())
    asked_about = PublicationContent.admin_manager.get(title=LONG_TITLES[3])
    ReviewRequest.objects.create(
        version=Version.objects.get_for_content(asked_about).copy(editor),
        asked_by=editor,
        note="I rewrote the summary and replaced the PDF with the version the board agreed.",
    )

    now = timezone.now()
    for severity, title in zip(
        AlertSeverity, ("Offices closed", "New number", "Lift broken"), strict=True
    ):
        AlertBanner.objects.create(
            severity=severity,
            title=f"{title}: what residents need to know this week",
            message="Call the out-of-hours line if a child is at risk.",
            starts_at=now - dt.timedelta(days=1),
            ends_at=now + dt.timedelta(days=6),
        )
    closure = Closure.objects.create(
        starts_on=dt.date(2026, 12, 24), ends_on=dt.date(2027, 1, 1), reason="Christmas closure"
    )

    published_page_with("family-hubs", "TextPlugin", body="<p>Family hubs.</p>")
    page_draft = Version.objects.get(content_type__model="pagecontent").copy(editor)
    hubs = page_draft.content.page
    Redirect.objects.create(from_path="/old-site/family-hubs/", automatic=True, to_page=hubs)
    Redirect.objects.create(
        from_path="/services/children-and-families/early-help-and-family-support-old/",
        to_page=hubs,
    )
    Redirect.objects.create(
        from_path="/news/2019/consultation-on-the-childrens-centres-and-family-hubs/",
        to_path="https://www.gov.uk/government/publications/family-hubs-and-start-for-life",
        permanent=False,
    )
    Redirect.objects.create(from_path="/gone-for-good/")

    change = "admin:{}_change".format
    versions = reverse("admin:djangocms_versioning_publicationcontentversion_changelist")
    return {
        "admin index": reverse("admin:index"),
        "publications list": reverse("admin:publications_publicationcontent_changelist"),
        "publication form": reverse(change("publications_publicationcontent"), args=[drafted.pk]),
        "alert banners list": reverse("admin:pages_alertbanner_changelist"),
        "alert banner form": reverse(
            change("pages_alertbanner"), args=[AlertBanner.objects.first().pk]
        ),
        "closure form": reverse(change("contacts_closure"), args=[closure.pk]),
        "user list": reverse("admin:auth_user_changelist"),
        "user form": reverse(change("auth_user"), args=[editor.pk]),
        "redirects list": reverse("admin:pages_redirect_changelist"),
        "publication versions list": f"{versions}?publication={with_versions.publication_id}",
        "page versions list": version_list_url(page_draft.content),
        "review list": reverse("admin:reviews_reviewrequest_changelist"),
        # each with an autocomplete (its report; a body's links) that static/js/admin.js names
        "inspection form": reverse("admin:pages_inspection_add"),
        "governance body form": reverse("admin:pages_governancebody_add"),
    }


SCREENS = (
    "admin index",
    "publications list",
    "publication form",
    "alert banners list",
    "alert banner form",
    "closure form",
    "user list",
    "user form",
    "redirects list",
    "publication versions list",
    "page versions list",
    "review list",
    "inspection form",
    "governance body form",
)


def look(page, url: str, watch: ConsoleWatch, known=()) -> Screen:
    """Open the screen, let its scripts and requests finish, and measure it."""
    watch.take()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return Screen(
        url=url,
        document_width=page.evaluate("document.documentElement.scrollWidth"),
        window_width=page.viewport_size["width"],
        scrolling_sideways=page.evaluate(SCROLLING_SIDEWAYS),
        errors=watch.take(),
        axe=serious_violations(page, known=known),
    )


def sign_in(page, site: str, username: str) -> None:
    page.goto(f"{site}/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{site}/admin/")


@pytest.fixture(scope="module")
def looked_at(django_db_setup, django_db_blocker, live_server, browser):
    """Every screen at every width, looked at once for the module's tests: {(screen, width):
    Screen}. The database starts and ends empty, as a live-server test's does, so the
    screens hold only this module's content."""
    seen = {}
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)
        try:
            paths = the_content()
            for role in (PUBLISHER, ADMINISTRATOR):
                account = staff_member(f"looking-{role.lower().replace(' ', '-')}", role)
                context = browser.new_context()
                try:
                    page = context.new_page()
                    watch = ConsoleWatch(page)
                    sign_in(page, live_server.url, account.username)
                    for window, size in WINDOWS.items():
                        page.set_viewport_size(size)
                        for screen in SCREENS:
                            if USED_BY.get(screen, PUBLISHER) == role:
                                url = f"{live_server.url}{paths[screen]}"
                                seen[screen, window] = look(
                                    page, url, watch, known=KNOWN.get(screen, ())
                                )
                finally:
                    context.close()
        finally:
            call_command("flush", interactive=False, verbosity=0)
    return seen


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("screen", SCREENS)
def test_the_screen_fits_the_window(looked_at, screen, window):
    seen = looked_at[screen, window]

    assert seen.document_width == seen.window_width, seen.url
    assert seen.scrolling_sideways == [], seen.url


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("screen", SCREENS)
def test_the_screen_logs_no_console_error(looked_at, screen, window):
    seen = looked_at[screen, window]

    assert seen.errors == [], f"{seen.url}:\n" + "\n\n".join(seen.errors)


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("screen", SCREENS)
def test_the_screen_passes_axe(looked_at, screen, window):
    seen = looked_at[screen, window]

    assert seen.axe == "", f"{seen.url}:\n{seen.axe}"
