"""The seeded site is whole: every page published, with its key facts, and seeding is idempotent."""

import io
import re
from html import unescape

import pytest
from cms.models import CMSPlugin, Page, PageContent
from django.contrib.auth.models import Group
from django.core.management import call_command
from djangocms_versioning.models import Version

# The facts a resident comes to each page for, as the source documents state them.
KEY_FACTS = {
    "/": ["020 7332 3621", "020 8356 2710", "call 999", "Outstanding", "September 2024"],
    "/about/": [
        "more than 9,000 residents",
        "Safe",
        "Potential",
        "Independence, involvement and choice",
        "Health and wellbeing",
        "Community",
    ],
    "/about/performance/": [
        "Proportion of care leavers with up-to-date pathway plan",
        "79%",
        "2023/24",
    ],
    "/governance/": [
        "Children's Partnership Board",
        "City and Hackney Safeguarding Children Partnership",
        "City and Hackney Safeguarding Adults Board",
        "Care Act 2014",
        "Corporate Parenting Task Group",
        "NHS East London and the City",
        "Achieving Excellence Board",
        "Safeguarding and SEND Sub-Committee",
    ],
    "/ofsted/": [
        "23 to 27 September 2024",
        "5 November 2024",
        "Overall judgement",
        "domestic abuse",
        "exploitation and youth violence",
        "March 2020",
        "8 and 9 November 2022",
        "12 to 16 March 2018",
    ],
    "/publications/": [
        "Draft Children and Young People's Plan 2022-25",
        "Early Help Strategy 2023-26",
        "Joint Local Area SEND Inspection Letter 2018",
        "Children and Young People's Emotional Health and Wellbeing Strategy",
    ],
    "/contact/": [
        "020 7332 3621",
        "9am to 5pm Monday to Friday",
        "children.duty@cityoflondon.gov.uk",
        "North Wing, Guildhall",
        "EC2P 2EJ",
        "020 8356 2710",
        "emergency.duty@hackney.gov.uk",
        "If a child is in immediate danger, call 999.",
    ],
    "/suggestions-and-complaints/": ["think that no one is listening to you", "020 7332 3621"],
    "/accessibility/": [
        "Guidelines version 2.2 AA",
        "Equality and Human Rights Commission",
        "partially compliant",
    ],
    "/cookies/": ["sessionid", "csrftoken", "9 hours after you last opened a page"],
    "/privacy/": ["City of London Corporation", "analytics"],
}


def visible_text(response):
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


@pytest.mark.django_db
@pytest.mark.parametrize("path", KEY_FACTS)
def test_every_seeded_page_is_public_with_its_key_facts(seeded_site, client, path):
    response = client.get(path)

    assert response.status_code == 200
    text = visible_text(response)
    missing = [fact for fact in KEY_FACTS[path] if fact not in text]
    assert not missing, f"{path} lacks {missing}"


@pytest.mark.django_db
def test_phone_numbers_are_links_a_phone_can_call(seeded_site, client):
    html = client.get("/contact/").content.decode()

    assert re.search(r'<a [^>]*href="tel:\+442073323621"[^>]*>020 7332 3621</a>', html)
    assert re.search(r'<a [^>]*href="tel:\+442083562710"[^>]*>020 8356 2710</a>', html)


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "reverse_id")),
        "contents": PageContent.admin_manager.count(),
        "versions": sorted(Version.objects.values_list("pk", "state", "modified")),
        "plugins": sorted(CMSPlugin.objects.values_list("pk", "position")),
    }


@pytest.mark.django_db
def test_seeding_twice_changes_nothing(seeded_site):
    before = snapshot()
    out = io.StringIO()

    call_command("seed_site", stdout=out)

    assert snapshot() == before
    assert "nothing changed" in out.getvalue()


@pytest.mark.django_db
def test_seeding_never_overwrites_an_editors_change(seeded_site, client):
    """An editor renamed a page: re-seeding neither undoes it nor adds a second page."""
    content = PageContent.admin_manager.get(page__reverse_id="cookies")
    content.title = "Cookies on this website"
    content.save()

    call_command("seed_site", stdout=io.StringIO())

    assert Page.objects.filter(reverse_id="cookies").count() == 1
    assert PageContent.admin_manager.get(page__reverse_id="cookies").title == (
        "Cookies on this website"
    )


@pytest.mark.django_db
def test_seeding_creates_the_editor_and_publisher_roles(seeded_site):
    editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))
    publisher = set(
        Group.objects.get(name="Publisher").permissions.values_list("codename", flat=True)
    )

    assert {"change_page", "add_text", "change_text", "change_version"} <= editor
    assert "publish_page" not in editor
    assert "publish_page" in publisher
    assert editor < publisher


def test_each_seeded_page_is_dated_by_its_newest_dated_source_or_the_day_it_was_written():
    from datetime import date

    from pages.seed.content import SEED_PAGES
    from pages.seed.sources import SOURCE_DATES, WRITTEN_FOR_THIS_SITE, newest_date

    assert newest_date(("000", "002", "003")) == date(2025, 1, 16)  # 003 gives none
    assert newest_date(("001", "003")) is None
    for seed in SEED_PAGES:
        assert set(seed.sources) <= SOURCE_DATES.keys(), seed.path
        written = seed.written_on or WRITTEN_FOR_THIS_SITE
        assert seed.updated_on == (newest_date(seed.sources) or written), seed.path
    website = [seed for seed in SEED_PAGES if not seed.sources]
    assert {seed.path for seed in website} == {"/accessibility/", "/cookies/", "/privacy/"}
