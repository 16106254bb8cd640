"""Scheduled publishing on a live server, as readers meet it: nothing changes in the second
before the minute, and every list and address changes at it (reviews/schedules.py).

The pages are fetched over HTTP from pytest-django's live server, through the whole
middleware stack (the fast path's kept pages included), as anonymous readers. The clock
is moved with time-machine, which moves it for the server's threads too: nobody waits
for 09:00. A Publisher schedules through the admin's form, with the test client.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date, datetime
from html import unescape
from zoneinfo import ZoneInfo

import pytest
import time_machine
from djangocms_text.models import Text
from djangocms_versioning.models import Version

from tests.publications.factories import PublicationFactory
from tests.reviews.conftest import published_page_version, text
from tests.reviews.test_schedules import schedule
from tests.seeding import ensure_seeded

pytestmark = pytest.mark.django_db(transaction=True)

LONDON = ZoneInfo("Europe/London")
DAY = date(2027, 1, 12)
TITLE = "Kaleidoscope youth voice strategy 2027"
SLUG = "kaleidoscope-youth-voice-strategy-2027"
SEARCH_WORD = "Kaleidoscope"
NEW_SENTENCE = "From nine o'clock this page says something new."


def london(hour, minute=0, second=0):
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, second, tzinfo=LONDON)


@pytest.fixture
def site_url(live_server, transactional_db):
    """The live server's address, with the seeded site in its database (a live-server test
    empties the database when it ends, so each one seeds it again)."""
    ensure_seeded()
    return live_server.url


@dataclass(frozen=True)
class Seen:
    """What an anonymous reader got at one address: the status, and the words they read."""

    status: int
    words: str
    kept: bool  # answered from the pages the server kept (site_cache/fast_path.py)


def fetch(site_url: str, path: str) -> Seen:
    try:
        with urllib.request.urlopen(site_url + path, timeout=30) as response:  # noqa: S310
            status, body, headers = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:  # 404, 410: their pages are read too
        status, body, headers = error.code, error.read(), error.headers
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", body.decode(), flags=re.S)
    words = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()
    return Seen(status, words, headers.get("X-Page-Cache") == "hit")


KEPT_PAGES_NEEDED = (
    "the server did not answer from the pages it kept: without its fast path this test "
    "would not show that a kept page ends at the minute"
)

# Where readers find a live publication, and what each place shows of it.
LISTS = {
    "the publications list": ("/publications/", TITLE),
    "the Atom feed": ("/publications/feed/", TITLE),
    "the search results": (f"/search/?q={SEARCH_WORD}", TITLE),
    "the home page's latest publications": ("/", TITLE),
}
ELSEWHERE = {
    "the sitemap": ("/sitemap.xml", f"/publications/{SLUG}/"),
    "the CSV export": ("/publications/export.csv", TITLE),
    "the JSON export": ("/publications/export.json", TITLE),
}


def places_showing(site_url: str, places: dict[str, tuple[str, str]]) -> set[str]:
    """The places (by name) whose page, answered with 200, shows what it should."""
    showing = set()
    for name, (path, shown) in places.items():
        seen = fetch(site_url, path)
        assert seen.status == 200, f"{name} ({path}) answered {seen.status}"
        if shown in seen.words:
            showing.add(name)
    return showing


def the_publication(state: str) -> Version:
    """The distinctive publication, dated so that it leads every list, feed and plugin."""
    content = PublicationFactory(
        title=TITLE,
        slug=SLUG,
        summary="How young people shape the services they use.",
        document_year=DAY.year,
        date_submitted=DAY,
        state=state,
    )
    return Version.objects.get_for_content(content)


def test_a_publication_appears_everywhere_at_its_minute_and_nowhere_before(
    site_url, publisher, client
):
    draft = the_publication("draft")
    with time_machine.travel(london(8), tick=False) as clock:
        client.force_login(publisher)
        response = schedule(client, draft, go_live=f"{DAY} 09:00")
        assert response.status_code == 302, text(response)[:3000]
        client.logout()

        clock.move_to(london(8, 59, 59))
        assert fetch(site_url, f"/publications/{SLUG}/").status == 404
        assert places_showing(site_url, LISTS) == set()
        # read again: this time from the pages the server kept, which must not outlive 09:00
        assert places_showing(site_url, LISTS) == set()
        assert fetch(site_url, "/publications/").kept, KEPT_PAGES_NEEDED

        clock.move_to(london(9))
        page = fetch(site_url, f"/publications/{SLUG}/")
        assert page.status == 200
        assert TITLE in page.words
        assert places_showing(site_url, LISTS) == set(LISTS)


def add_sentence(version, sentence: str) -> None:
    """A page draft's first text block gets one more paragraph, as an editor types it."""
    placeholder = version.content.get_placeholders().get(slot="content")
    block = Text.objects.filter(placeholder=placeholder).order_by("position").first()
    block.body = f"{block.body}<p>{sentence}</p>"
    block.save()


def test_a_pages_new_version_replaces_the_old_at_its_minute(site_url, editor, publisher, client):
    old = fetch(site_url, "/about/")
    assert old.status == 200 and NEW_SENTENCE not in old.words
    draft = published_page_version("about").copy(editor)
    add_sentence(draft, NEW_SENTENCE)  # made before it is scheduled: a later edit would void it
    with time_machine.travel(london(8), tick=False) as clock:
        client.force_login(publisher)
        response = schedule(client, draft, go_live=f"{DAY} 09:00")
        assert response.status_code == 302, text(response)[:3000]
        client.logout()

        clock.move_to(london(8, 59, 59))
        fetch(site_url, "/about/")
        before = fetch(site_url, "/about/")  # the page the server kept
        assert before.status == 200
        assert NEW_SENTENCE not in before.words
        assert before.kept, KEPT_PAGES_NEEDED

        clock.move_to(london(9))
        after = fetch(site_url, "/about/")
        assert after.status == 200
        assert NEW_SENTENCE in after.words


def test_a_withdrawal_takes_a_publication_out_of_every_list_at_its_minute(
    site_url, publisher, client
):
    live = the_publication("published")
    with time_machine.travel(london(8), tick=False) as clock:
        client.force_login(publisher)
        response = schedule(client, live, withdraw=f"{DAY} 17:00")
        assert response.status_code == 302, text(response)[:3000]
        client.logout()

        everywhere = {**LISTS, **ELSEWHERE}
        clock.move_to(london(16, 59, 59))
        assert fetch(site_url, f"/publications/{SLUG}/").status == 200
        assert places_showing(site_url, everywhere) == set(everywhere)
        assert places_showing(site_url, everywhere) == set(everywhere)
        assert fetch(site_url, "/publications/").kept, KEPT_PAGES_NEEDED

        clock.move_to(london(17))
        gone = fetch(site_url, f"/publications/{SLUG}/")
        assert gone.status == 410
        assert "This publication has been withdrawn" in gone.words
        assert places_showing(site_url, everywhere) == set()
