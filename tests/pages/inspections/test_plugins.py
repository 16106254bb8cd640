"""Ofsted inspections as a resident sees them on /ofsted/ and the home page, and as seeded."""

import re
from datetime import date
from html import unescape

import pytest
from djangocms_versioning.models import Version

from pages.inspections.models import Inspection
from pages.inspections.seed import seed_inspections
from pages.inspections.vocabulary import InspectionKind
from publications.models import PublicationContent
from tests.page_factories import published_page_with

pytestmark = pytest.mark.django_db

TWENTY_TWENTY_FOUR = "Short inspection of children's services (ILACS), September 2024"


def visible(html: str) -> str:
    """The words a reader sees, with no space left before punctuation where a tag closed."""
    text = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()
    return re.sub(r" ([.,:;])", r"\1", text)


def main_text(response) -> str:
    html = response.content.decode()
    return visible(html[html.index("<main") : html.index("</main>")])


@pytest.fixture
def inspections(db):
    """The four seeded inspections, and nothing else (whatever seed_site already made)."""
    Inspection.objects.all().delete()
    return seed_inspections()


def test_seeding_records_the_four_inspections_once_with_their_reports(inspections):
    assert inspections == [
        TWENTY_TWENTY_FOUR,
        "Focused visit, November 2022",
        "Full inspection of children's services (ILACS), March 2020",
        "Joint local area SEND inspection, March 2018",
    ]
    reports = {
        inspection.kind: inspection.report.latest_content().slug if inspection.report else None
        for inspection in Inspection.objects.select_related("report")
    }
    assert reports == {
        "short-ilacs": "ofsted-inspection-of-city-of-london-childrens-services-2024",
        "focused-visit": "ofsted-focussed-visit-letter-2022",
        "full-ilacs": None,  # the sources give no link to the 2020 report
        "area-send": "joint-local-area-send-inspection-letter-2018",
    }
    assert seed_inspections() == []


def test_seeding_leaves_an_editors_change_and_a_missing_report_alone(inspections):
    latest = Inspection.objects.get(kind=InspectionKind.SHORT_ILACS)
    latest.summary = "Changed by an editor."
    latest.save()
    Inspection.objects.filter(kind=InspectionKind.FOCUSED_VISIT).delete()
    PublicationContent.admin_manager.filter(slug="ofsted-focussed-visit-letter-2022").update(
        slug="renamed"
    )

    assert seed_inspections() == ["Focused visit, November 2022"]
    assert (
        Inspection.objects.get(kind=InspectionKind.SHORT_ILACS).summary == "Changed by an editor."
    )
    assert Inspection.objects.get(kind=InspectionKind.FOCUSED_VISIT).report is None


def test_the_ofsted_page_leads_with_the_latest_judgement_then_every_inspection_newest_first(
    inspections, client
):
    text = main_text(client.get("/ofsted/"))

    assert text.index("Our latest Ofsted judgement Overall judgement: Outstanding") < text.index(
        f"{TWENTY_TWENTY_FOUR} A short inspection"
    )
    assert "23 to 27 September 2024. Ofsted published its report on 5 November 2024." in text
    headings = [
        TWENTY_TWENTY_FOUR,
        "Focused visit, November 2022",
        "Full inspection of children's services (ILACS), March 2020",
        "Joint local area SEND inspection, March 2018",
    ]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)


def test_the_2024_inspection_shows_every_area_its_overall_judgement_and_both_responses(
    inspections, client
):
    html = client.get("/ofsted/").content.decode()
    start = html.index(f"{TWENTY_TWENTY_FOUR}</h2>".replace("'", "&#x27;"))
    section = html[start : html.index("Focused visit, November 2022</h2>")]
    rows = re.findall(
        r'<dt class="govuk-summary-list__key">([^<]*)</dt>\s*<dd class="govuk-summary-list__value">'
        r'<strong class="govuk-tag govuk-tag--\w+">(.*?)</strong>',
        section,
        re.S,
    )

    assert [(unescape(area), grade) for area, grade in rows] == [
        ("The experiences and progress of children who need help and protection", "Good"),
        ("The experiences and progress of children in care", "Outstanding"),
        ("The experiences and progress of care leavers", "Outstanding"),
        ("The impact of leaders on social work practice with children and families", "Outstanding"),
        ("Overall effectiveness", "Outstanding"),
    ]
    text = visible(section)
    assert "Dates on site 23 to 27 September 2024" in text
    assert "Report published 5 November 2024" in text
    assert (
        "Recommendation: The impact for children living in circumstances where there is "
        "domestic abuse." in text
    )
    assert "automatically referred to the Family Therapy Clinic" in text
    assert (
        "Recommendation: The response to children who experience exploitation and youth "
        "violence." in text
    )
    assert "Adolescent Safeguarding Handbook" in text
    assert 'href="/publications/ofsted-inspection-of-city-of-london-childrens-services-2024/"' in (
        section
    )
    # As at the date of its source (002, 16 January 2025), not the day it was saved.
    assert "Information as at 16 January 2025" in text
    assert "Last updated" not in text


def test_the_history_links_the_reports_published_version_and_never_a_withdrawn_one(
    inspections, publisher, client
):
    latest = Inspection.objects.get(kind=InspectionKind.SHORT_ILACS)
    first = latest.report.published_content()
    revised = Version.objects.get_for_content(first).copy(publisher).content
    revised.title = "Ofsted inspection report, revised"
    revised.save()
    Version.objects.get_for_content(revised).publish(publisher)

    text = main_text(client.get("/ofsted/"))
    assert "Read Ofsted inspection report, revised" in text
    assert f"Read {first.title}" not in text

    Version.objects.get_for_content(revised).unpublish(publisher)
    Inspection.objects.filter(pk=latest.pk).update(report_url="https://reports.example/2024")
    html = client.get("/ofsted/").content.decode()

    assert first.get_absolute_url() not in html
    assert '<a class="govuk-link" href="https://reports.example/2024">Read the report</a>' in html


def test_earlier_inspections_show_what_the_sources_give_and_nothing_invented(inspections, client):
    text = main_text(client.get("/ofsted/"))

    assert "Dates on site 8 and 9 November 2022" in text
    assert "“Children in need receive the right support at the right time”" in text
    assert "Dates on site March 2020" in text
    assert "1 March 2020" not in text
    assert "The experiences and progress of children in care and care leavers Outstanding" in text
    assert "“Children’s services in the City of London are outstanding.”" in text
    assert "Inspected by Ofsted with the Care Quality Commission (CQC)" in text
    assert "Dates on site 12 to 16 March 2018" in text
    assert "This type of inspection gives no graded judgements." in text
    assert "Read Joint Local Area SEND Inspection Letter 2018" in text


def test_the_home_page_carries_the_latest_judgement(inspections, client):
    response = client.get("/")
    text = main_text(response)

    assert (
        "Our latest Ofsted inspection Overall judgement: Outstanding Short inspection of "
        "children's services (ILACS), 23 to 27 September 2024." in text
    )
    assert '<a class="govuk-link" href="/ofsted/">Read about our Ofsted inspections</a>' in (
        response.content.decode()
    )


def test_an_inspection_with_no_overall_judgement_renders_without_one(client):
    Inspection.objects.all().delete()
    Inspection.objects.create(
        kind=InspectionKind.FULL_ILACS, starts_on=date(2026, 2, 2), ends_on=date(2026, 2, 13)
    ).judgements.create(area="The experiences and progress of care leavers", grade="good")
    path = published_page_with("ungraded", "OfstedInspectionsPlugin")

    text = main_text(client.get(path))

    assert "No Ofsted judgement has been recorded yet." in text
    assert "2 to 13 February 2026" in text
    assert "The experiences and progress of care leavers Good" in text
    assert "Overall effectiveness" not in text
    assert "Overall judgement:" not in text


def test_editing_an_inspection_updates_the_cached_page(inspections, client):
    path = published_page_with("latest-judgement", "LatestOfstedJudgementPlugin")
    assert "Overall judgement: Outstanding" in main_text(client.get(path))
    latest = Inspection.objects.get(kind=InspectionKind.SHORT_ILACS)

    # A change that bypasses the models' signals shows the page really is cached...
    Inspection.objects.filter(pk=latest.pk).update(overall_judgement="good")
    assert "Overall judgement: Outstanding" in main_text(client.get(path))

    # ...and saving the record, as the admin does, refreshes it.
    latest.refresh_from_db()
    latest.save()
    assert "Overall judgement: Good" in main_text(client.get(path))
