"""WCAG 2.2 AA: axe-core on every seeded page and on the review screens, and the keyboard
path in."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.urls import reverse
from djangocms_versioning.models import Version

from pages.roles import EDITOR, PUBLISHER, ensure_roles
from pages.seed.content import SEED_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PATHS = [seed.path for seed in SEED_PAGES] + ["/no-such-page/"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PASSWORD = "a-long-password-for-the-browser-test"


def test_every_seeded_page_passes_axe(site_url, page):
    axe = Axe()
    reports = {}
    for path in PATHS:
        page.goto(f"{site_url}{path}")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        if results.violations_count:
            reports[path] = results.generate_report()

    assert not reports, "\n\n".join(f"{path}\n{report}" for path, report in reports.items())


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_skip_link_is_the_first_thing_the_keyboard_reaches(site_url, browser, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/contact/")
        page.keyboard.press("Tab")
        focused = page.locator(":focus")
        assert focused.get_attribute("href") == "#main-content"
        assert focused.inner_text() == "Skip to main content"

        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        # The next stop is inside the main content, past the header and menu.
        assert page.locator("main :focus").count() == 1
    finally:
        context.close()


# djangocms-versioning's compare view as the package ships it (2.8): the version picker has no
# name, and its script adds a diff frame without a title and, while loading, a role="bar".
KNOWN_IN_VERSIONING_COMPARE = {
    ("select-name", "js-cms-versioning-version"),
    ("frame-title", "<iframe"),
    ("aria-roles", "cms-loading-bar"),
}

# djangocms-text's editor (4.x) gives its formatting toolbar role="menubar" over buttons (a
# menubar owns menu items: a toolbar is what it is), and styles and hides it by that role, so
# no script of ours can change it without breaking it. Its editor and the admin's autocomplete
# have no name either: static/js/admin.js names them.
KNOWN_IN_RICH_TEXT_EDITOR = {("aria-required-children", 'role="menubar" class="cms-toolbar"')}


def serious_violations(page, *, include=None, skip_rules=(), exclude=(), known=()) -> str:
    """axe-core's serious and critical findings on the page as it is now (within ``include``,
    a selector, if given), less ``known`` ones ((rule, a piece of the element's markup)),
    as a report: "" if none."""
    context = {"exclude": [[selector] for selector in exclude]}
    if include:
        context["include"] = [[include]]
    options = {
        "runOnly": {"type": "tag", "values": AXE_TAGS},
        "rules": {rule: {"enabled": False} for rule in skip_rules},
    }
    results = Axe().run(page, context=context, options=options)
    lines = []
    for violation in results.response["violations"]:
        if violation["impact"] not in ("serious", "critical"):
            continue
        nodes = [
            node
            for node in violation["nodes"]
            if not any(rule == violation["id"] and part in node["html"] for rule, part in known)
        ]
        if nodes:
            lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
            lines += [f"  {node['target']}: {node['html'][:200]}" for node in nodes]
    return "\n".join(lines)


def signed_in(browser, site_url, role):
    """A browser page signed in as a new member of staff with ``role``; returns (page, user)."""
    user = get_user_model().objects.create_user(
        f"a-{role.lower()}", password=PASSWORD, is_staff=True
    )
    user.groups.add(ensure_roles()[role])
    page = browser.new_context().new_page()
    page.goto(f"{site_url}/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{site_url}/admin/")
    return page, user


def test_the_review_screens_pass_axe(site_url, browser):
    """An Editor asks for a review of their draft; a Publisher lists, compares, sends back."""
    from reviews.admin import compare_url
    from reviews.models import ReviewRequest
    from tests.publications.factories import PublicationFactory

    editing, editor = signed_in(browser, site_url, EDITOR)
    publishing, _ = signed_in(browser, site_url, PUBLISHER)
    draft = Version.objects.get_for_content(PublicationFactory(title="Youth plan")).copy(editor)
    reports = {}
    try:
        change_form = reverse(
            "admin:publications_publicationcontent_change", args=[draft.object_id]
        )
        editing.goto(f"{site_url}{change_form}")
        reports["the draft's review state (Editor)"] = serious_violations(
            editing, include=".dccs-review-status"
        )
        review_status = editing.locator(".dccs-review-status")
        review_status.get_by_role("button", name="Save and ask for review").click()
        reports["ask form (Editor)"] = serious_violations(editing)
        editing.get_by_label("Note for the Publisher (optional)").fill("I rewrote the summary.")
        editing.get_by_role("button", name="Ready for review").click()
        editing.wait_for_url(f"{site_url}{change_form}")
        editing.goto(f"{site_url}{reverse('admin:reviews_reviewrequest_changelist')}")
        reports["review list (Editor)"] = serious_violations(editing)
        review = ReviewRequest.objects.get(version=draft)

        publishing.goto(f"{site_url}{reverse('admin:reviews_reviewrequest_changelist')}")
        reports["review list (Publisher)"] = serious_violations(publishing)
        send_back = reverse("admin:reviews_reviewrequest_send_back", args=[review.pk])
        publishing.goto(f"{site_url}{send_back}")
        reports["send-back form"] = serious_violations(publishing)
        publishing.get_by_role("button", name="Send back").click()  # no comment: refused
        publishing.get_by_text("This field is required.").wait_for()
        reports["send-back form, refused"] = serious_violations(publishing)
        publishing.goto(f"{site_url}{compare_url(draft)}")
        publishing.locator("iframe").first.wait_for()
        publishing.wait_for_load_state("networkidle")
        reports["compare view"] = serious_violations(publishing, known=KNOWN_IN_VERSIONING_COMPARE)
    finally:
        editing.context.close()
        publishing.context.close()

    failing = {name: report for name, report in reports.items() if report}
    assert not failing, "\n\n".join(f"{name}\n{report}" for name, report in failing.items())


def test_the_alert_banner_screens_pass_axe(site_url, browser):
    """A Publisher puts up a banner (and is told what is wrong with an end before its start),
    sees it in the list and stops it from its form."""
    from pages.alerts.models import AlertBanner

    publishing, _ = signed_in(browser, site_url, PUBLISHER)
    reports = {}
    try:
        publishing.goto(f"{site_url}{reverse('admin:pages_alertbanner_add')}")
        reports["add form"] = serious_violations(publishing)
        publishing.get_by_label("Title").fill("Flooding near the Barbican")
        publishing.get_by_label("Message").fill("Call 999 if you are in danger.")
        publishing.locator("[name=ends_at_0]").fill("2000-01-01")
        publishing.locator("[name=ends_at_1]").fill("12:00")
        publishing.get_by_role("button", name="Save", exact=True).click()
        publishing.locator(".errorlist").first.wait_for()
        reports["add form, refused"] = serious_violations(publishing)
        publishing.locator("[name=ends_at_0]").fill("")
        publishing.locator("[name=ends_at_1]").fill("")
        publishing.get_by_role("button", name="Save", exact=True).click()
        publishing.wait_for_url("**/admin/pages/alertbanner/")
        reports["list"] = serious_violations(publishing)
        banner = AlertBanner.objects.get()
        publishing.goto(f"{site_url}{reverse('admin:pages_alertbanner_change', args=[banner.pk])}")
        reports["change form"] = serious_violations(publishing)
        publishing.get_by_role("link", name="Stop showing now").click()
        reports["stop, asked"] = serious_violations(publishing)
        publishing.get_by_role("button", name="Stop showing now").click()
        publishing.wait_for_url("**/admin/pages/alertbanner/")
        reports["list, stopped"] = serious_violations(publishing)
    finally:
        publishing.context.close()

    failing = {name: report for name, report in reports.items() if report}
    assert not failing, "\n\n".join(f"{name}\n{report}" for name, report in failing.items())


def test_the_publication_form_passes_axe(site_url, browser):
    """A Publisher's publication form: new, refused with the chosen PDF kept, a draft with its
    file and an earlier one, and a published version (read-only)."""
    from publications.models import PublicationContent
    from tests.publications.conftest import a_publication_with_three_files, make_pdf

    page, publisher = signed_in(browser, site_url, PUBLISHER)
    published, _ = a_publication_with_three_files(publisher)
    draft = PublicationContent.admin_manager.get(original_filename="Third draft.pdf")
    admin_screen = {"known": KNOWN_IN_RICH_TEXT_EDITOR}
    change_form = "admin:publications_publicationcontent_change"
    reports = {}
    try:
        page.goto(f"{site_url}{reverse('admin:publications_publicationcontent_add')}")
        reports["add form"] = serious_violations(page, **admin_screen)
        page.locator("#id_title").fill("A plan with no year")
        page.locator("#id_kind").select_option("plan")
        page.locator("#id_summary").fill("What it is for.")
        page.locator("#id_file").set_input_files(
            files=[{"name": "plan.pdf", "mimeType": "application/pdf", "buffer": make_pdf()}]
        )
        page.get_by_role("button", name="Save", exact=True).click()
        page.locator(".dccs-kept-file").wait_for()
        reports["add form, refused, its PDF kept"] = serious_violations(page, **admin_screen)
        page.goto(f"{site_url}{reverse(change_form, args=[draft.pk])}")
        reports["a draft's form"] = serious_violations(page, **admin_screen)
        page.goto(f"{site_url}{reverse(change_form, args=[published.pk])}")
        reports["a published version (read-only)"] = serious_violations(page, **admin_screen)
    finally:
        page.context.close()

    failing = {name: report for name, report in reports.items() if report}
    assert not failing, "\n\n".join(f"{name}\n{report}" for name, report in failing.items())
