"""Stand-in PDFs are labelled wherever a file is offered (issue 22, point 1), read from what
readers get: the list, the home page's latest publications, a publication's page, the feed
and the exports. Uploading the real PDF (admin or import command) clears the label.

Each test quotes the source sentence it holds the site to: source 000's "Strategies, plans
and reports" list (/work/shared/source-documents/), which prints each document's size.
"""

import csv
import io
import re
from html import unescape
from xml.etree import ElementTree

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from publications.models import PublicationContent
from tests.publications.conftest import (
    change_url,
    draft_of,
    make_pdf,
    publication_form,
    version_admin_url,
)

pytestmark = pytest.mark.django_db

LABEL = "The published document is not on this site yet: this file only stands in for it."
ASK = "Ask for the document or an accessible format"
EMAIL = "children.duty@cityoflondon.gov.uk"
EARLY_HELP = "early-help-strategy-2023-26"
# Source 000, "Strategies, plans and reports": each title, then "PDF (<size>)" as printed.
SIZES_IN_000 = {
    "Draft Children and Young People's Plan 2022-25": "1MB",
    "Children and Young People's Plan 2018-21": "5MB",
    "Ofsted Focussed Visit Letter 2022": "100KB",
    "Joint Local Area SEND Inspection Letter 2018": "300KB",
    "DCCS Business Plan 2017-22": "1MB",
    "Community and Children's Services Departmental Handbook": "700KB",
    "Early Help Strategy 2023-26": "2MB",
    "Early Years Strategy 2015-2018": "5MB",
    "Children and Young People's Emotional Health and Wellbeing Summary": "100KB",
    "Children and Young People's Emotional Health and Wellbeing Strategy": "700KB",
}
ATOM = "{http://www.w3.org/2005/Atom}"


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", html))).strip()


def listed(html: str) -> dict[str, str]:
    """Each listed publication's item, by its title."""
    items = html.split('<li class="dccs-publication">')[1:]
    return {visible(re.search(r'__title">(.*?)</h3>', item, re.S)[1]): item for item in items}


def mailto(title: str) -> str:
    subject = title.replace(" ", "%20").replace("'", "%27")
    return f"mailto:{EMAIL}?subject=Accessible%20format%20request%3A%20{subject}"


def test_the_list_labels_each_stand_in_with_the_size_its_source_prints(client):
    """000: "Early Help Strategy 2023-26 PDF (2MB)", "Children and Young People's Plan
    2018-21 PDF (5MB)": the real documents' sizes. The site has a stand-in for each."""
    items = listed(client.get("/publications/").content.decode())

    for title, size in SIZES_IN_000.items():
        item = items[title]
        assert f"{LABEL} Published size: {size}. {ASK}: {title}" in visible(item), title
        assert f'href="{mailto(title)}"' in unescape(item), title
        assert f"Download the stand-in for {title}" in visible(item)
        assert not re.search(r"\d+ pages?", visible(item)), title  # no invented page count


def test_a_stand_in_with_no_size_in_its_source_says_none(client):
    """003, the business plan summary, is known only by its text: no source gives its PDF's
    size, so none is shown ("never fill a gap with a guess", the sources' README)."""
    title = "Community and Children's Services Departmental Business Plan Summary 2023/24"
    items = listed(client.get("/publications/").content.decode())

    assert f"{LABEL} {ASK}: {title}" in visible(items[title])
    assert "Published size" not in items[title]


def test_the_home_pages_latest_publications_label_their_stand_ins(client):
    """000: "Early Help Strategy 2023-26 PDF (2MB)"; the home page lists it among the latest."""
    items = listed(client.get("/").content.decode())

    early_help = items["Early Help Strategy 2023-26"]
    assert f"{LABEL} Published size: 2MB. {ASK}" in visible(early_help)
    assert all(LABEL in item for item in items.values())


def test_the_publication_page_says_its_file_is_a_stand_in_and_where_to_ask(client):
    """000: "Early Help Strategy 2023-26 PDF (2MB)". The label links to the address the
    page's "Request an accessible format" section gives."""
    html = client.get(f"/publications/{EARLY_HELP}/").content.decode()
    text = visible(html)

    assert "Download the stand-in for Early Help Strategy 2023-26 (PDF, " in text
    assert not re.search(r"\d+ pages?", text)
    assert f"{LABEL} Published size: 2MB. {ASK}: Early Help Strategy 2023-26" in text
    links = re.findall(r'href="(mailto:[^"]+)"', unescape(html))
    assert links == [mailto("Early Help Strategy 2023-26")] * 2  # the label, the section


def test_the_feed_labels_each_stand_in(client):
    """000: "Early Help Strategy 2023-26 PDF (2MB)"."""
    feed = ElementTree.fromstring(client.get("/publications/feed/").content)  # noqa: S314
    summaries = {
        entry.findtext(f"{ATOM}title"): entry.findtext(f"{ATOM}summary")
        for entry in feed.iter(f"{ATOM}entry")
    }

    summary = summaries["Early Help Strategy 2023-26"]
    assert f"{LABEL} Published size: 2MB." in summary
    assert f'<a href="{mailto("Early Help Strategy 2023-26")}">{ASK}</a>' in unescape(summary)
    assert all(LABEL in text for text in summaries.values())


def test_the_exports_say_which_file_is_a_stand_in_and_the_published_size(client):
    """000: "Early Help Strategy 2023-26 PDF (2MB)"; "Children and Young People's Plan 2018-21
    PDF (5MB)"."""
    rows = csv.DictReader(io.StringIO(client.get("/publications/export.csv").text))
    by_title = {row["title"]: row for row in rows}
    data = client.get("/publications/export.json").json()["publications"]
    json_by_title = {item["title"]: item for item in data}

    for title, size in SIZES_IN_000.items():
        assert by_title[title]["stand_in"] == "true"
        assert by_title[title]["published_size"] == size
        assert by_title[title]["pages"] == ""  # the stand-in's pages are not the document's
        assert json_by_title[title]["stand_in"] is True
        assert json_by_title[title]["published_size"] == size
        assert json_by_title[title]["pages"] is None


def test_a_small_real_pdf_is_not_taken_for_a_stand_in(make_publication, client):
    """The mark is set by the seed, never worked out from a file's size: a one-page PDF of a
    few hundred bytes, uploaded as the document, is offered as the document."""
    real = make_publication(title="A short letter", document_year=2027)

    item = listed(client.get("/publications/").content.decode())["A short letter"]
    page = visible(client.get(real.get_absolute_url()).content.decode())
    data = client.get("/publications/export.json").json()["publications"]

    assert real.file_size < 2000
    assert LABEL not in item and "1 page" in visible(item)
    assert LABEL not in page and "Download A short letter (PDF, " in page
    assert [item["stand_in"] for item in data if item["title"] == "A short letter"] == [False]


def test_uploading_the_real_pdf_in_the_admin_clears_the_label(client, publisher):
    """000: "Early Help Strategy 2023-26 PDF (2MB)": once the real PDF is uploaded, the page
    offers it as the document, with its own size and pages."""
    seeded = PublicationContent.objects.get(slug=EARLY_HELP)
    client.force_login(publisher)
    client.post(version_admin_url("edit_redirect", seeded))  # "New draft"
    draft = draft_of(seeded)
    form = visible(client.get(change_url(draft)).content.decode())
    assert "it only stands in for the published document (its size: 2MB)" in form
    listing = visible(client.get(reverse("admin:publications_publicationcontent_changelist")).text)
    assert "Stand-in PDF, 1.4 KB, published size 2MB" in listing  # short, in the admin's list
    real = SimpleUploadedFile("Early Help Strategy 2023-26.pdf", make_pdf(12))

    saved = client.post(change_url(draft), publication_form(draft, file=real, kind="strategy"))
    assert saved.status_code == 302, saved.content.decode()[:2000]
    client.post(version_admin_url("publish", draft))
    client.logout()

    page = visible(client.get(f"/publications/{EARLY_HELP}/").content.decode())
    item = listed(client.get("/publications/").content.decode())["Early Help Strategy 2023-26"]
    assert LABEL not in page and "Published size" not in page
    assert "Download Early Help Strategy 2023-26 (PDF, " in page and "12 pages)" in page
    assert LABEL not in item and "12 pages" in visible(item)
    assert "Earlier versions" not in page  # the stand-in was never an edition of it


def test_a_draft_keeps_the_label_until_a_real_pdf_is_uploaded(client, publisher):
    """000: "Early Help Strategy 2023-26 PDF (2MB)": a new draft that only changes the words
    still offers the stand-in, and says so."""
    seeded = PublicationContent.objects.get(slug=EARLY_HELP)
    client.force_login(publisher)
    client.post(version_admin_url("edit_redirect", seeded))
    draft = draft_of(seeded)

    saved = client.post(
        change_url(draft), publication_form(draft, summary="New words.", kind="strategy")
    )
    assert saved.status_code == 302, saved.content.decode()[:2000]
    client.post(version_admin_url("publish", draft))
    client.logout()

    page = visible(client.get(f"/publications/{EARLY_HELP}/").content.decode())
    assert "New words." in page
    assert f"{LABEL} Published size: 2MB." in page
