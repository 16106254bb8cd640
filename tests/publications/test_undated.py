"""A document no source dates shows no date (issue 22, point 2), read from what readers get:
the list, the home page, its page, the feed and the exports. It is ordered by its year.

Each test quotes what the sources say of the Departmental Business Plan Summary 2023/24
(source 003, /work/shared/source-documents/): its text, with no date anywhere in it, and
not among the dated documents of 000's "Strategies, plans and reports".
"""

import csv
import io
from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from publications.models import PublicationContent
from tests.publications.test_stand_ins import ATOM, listed, visible

pytestmark = pytest.mark.django_db

TITLE = "Community and Children's Services Departmental Business Plan Summary 2023/24"
SLUG = "community-and-childrens-services-departmental-business-plan-summary-2023-24"
# The date page 000 was last updated, once borrowed for it: no source gives it to the plan.
BORROWED = ("20 September 2024", "2024-09-20")


def test_the_list_shows_no_date_for_it_and_orders_it_by_its_year(client):
    """003 is headed "Departmental Business Plan Summary" for "2023/24" and carries no date;
    000's list, where each document has a "Date submitted", does not hold it."""
    html = client.get("/publications/").content.decode()
    items = listed(html)
    titles = list(items)

    assert "Added" not in visible(items[TITLE])
    assert not [date for date in BORROWED if date in items[TITLE]]
    # 2023, after the dated documents of 2023 (11/04/23, 10/03/23), before those of 2022
    assert titles[titles.index(TITLE) - 2 : titles.index(TITLE) + 2] == [
        "Early Help Strategy 2023-26",
        "Community and Children's Services Departmental Handbook",
        TITLE,
        "Ofsted Focussed Visit Letter 2022",
    ]


def test_its_page_gives_its_year_and_no_date(client):
    """003: "Our major workstreams this year will be..." for 2023/24, with no date."""
    html = client.get(f"/publications/{SLUG}/").content.decode()
    text = visible(html)

    assert 'Year of the document</dt><dd class="govuk-summary-list__value">2023</dd>' in html
    assert "Added" not in text
    assert not [date for date in BORROWED if date in text]


def test_the_home_page_does_not_date_it(client):
    """003 carries no date; the home page's latest publications are the newest by year."""
    text = visible(client.get("/").content.decode())

    assert f"{TITLE} " not in text  # two of 2025 and one dated 2023 come first
    assert "Added 20 September 2024" not in text
    assert "Early Help Strategy 2023-26" in text


def test_the_exports_leave_its_date_empty(client):
    """003 carries no date: the exports' date cell is empty, its year 2023."""
    rows = {
        row["title"]: row
        for row in csv.DictReader(io.StringIO(client.get("/publications/export.csv").text))
    }
    data = {
        item["title"]: item
        for item in client.get("/publications/export.json").json()["publications"]
    }

    assert (rows[TITLE]["date_submitted"], rows[TITLE]["year"]) == ("", "2023")
    assert (data[TITLE]["date_submitted"], data[TITLE]["year"]) == (None, 2023)
    assert rows["Early Help Strategy 2023-26"]["date_submitted"] == "2023-04-11"


def test_the_feed_gives_it_the_day_it_was_added_to_this_site(client):
    """003 carries no date, and Atom needs one: the feed says when the site added it (not
    000's update day); the dated ones keep their "Date submitted" (000: "11/04/23")."""
    feed = ElementTree.fromstring(client.get("/publications/feed/").content)  # noqa: S314
    entries = {entry.findtext(f"{ATOM}title"): entry for entry in feed.iter(f"{ATOM}entry")}
    added = PublicationContent.objects.get(slug=SLUG).publication.first_published_at

    for name in ("published", "updated"):
        shown = parse_datetime(entries[TITLE].findtext(f"{ATOM}{name}"))
        assert abs(shown - added) < timedelta(seconds=1), name
        assert shown.date() != timezone.datetime(2024, 9, 20).date()
    early_help = entries["Early Help Strategy 2023-26"]
    assert early_help.findtext(f"{ATOM}published").startswith("2023-04-11")
