"""Publishers record inspections in the admin; a grade outside the type's vocabulary is refused."""

from html import unescape

import pytest

from pages.inspections.models import Inspection
from pages.inspections.seed import seed_inspections
from pages.inspections.vocabulary import InspectionKind

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/pages/inspection/add/"
LIST_URL = "/admin/pages/inspection/"


def inline(prefix: str, rows: list[dict]) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data |= {f"{prefix}-{index}-{field}": value for field, value in row.items()}
    return data


def inspection_form(judgements: list[dict], **fields) -> dict:
    return (
        {
            "inspectorate": "ofsted",
            "kind": "focused-visit",
            "starts_on": "2025-06-10",
            "ends_on": "2025-06-11",
            "date_precision": "day",
            "published_on": "",
            "overall_judgement": "",
            "summary": "A focused visit to our front door.",
            "report": "",
            "report_url": "",
        }
        | fields
        | inline("judgements", judgements)
        | inline("findings", [])
        | inline("recommendations", [])
    )


def test_a_publisher_is_told_why_a_grade_is_refused(client, publisher):
    client.force_login(publisher)

    response = client.post(
        ADD_URL, inspection_form([{"area": "Front door", "grade": "good", "order": "1"}])
    )

    assert response.status_code == 200
    assert "A focused visit gives no judgements of areas: remove this one." in unescape(
        response.content.decode()
    )
    assert not Inspection.objects.filter(starts_on="2025-06-10").exists()


def test_a_publisher_records_an_inspection_with_its_judgements(client, publisher):
    client.force_login(publisher)
    form = inspection_form(
        [{"area": "The experiences and progress of care leavers", "grade": "good", "order": "1"}],
        kind="short-ilacs",
        overall_judgement="good",
    )

    response = client.post(ADD_URL, form)

    assert response.status_code == 302
    saved = Inspection.objects.get(starts_on="2025-06-10")
    assert saved.dates_text == "10 and 11 June 2025"
    assert [str(judgement) for judgement in saved.judgements.all()] == [
        "The experiences and progress of care leavers: Good"
    ]


def test_an_editor_may_look_but_not_change(client, editor, publisher):
    seed_inspections()
    before = list(Inspection.objects.order_by("pk").values())
    existing = Inspection.objects.order_by("pk").first()
    complete = inspection_form([], summary="An editor's words.")
    client.force_login(editor)

    assert client.get(LIST_URL).status_code == 200
    assert client.post(ADD_URL, complete).status_code == 403
    assert client.post(f"{LIST_URL}{existing.pk}/change/", complete).status_code == 403
    assert client.post(f"{LIST_URL}{existing.pk}/delete/", {"post": "yes"}).status_code == 403

    assert list(Inspection.objects.order_by("pk").values()) == before
    # The same form from a Publisher is saved: only the role stood in the way.
    client.force_login(publisher)
    assert client.post(ADD_URL, complete).status_code == 302
    assert Inspection.objects.filter(summary="An editor's words.").exists()


def test_the_list_can_be_searched_and_filtered(client, publisher):
    Inspection.objects.all().delete()
    seed_inspections()
    client.force_login(publisher)

    searched = client.get(LIST_URL, {"q": "Family Therapy Clinic"}).content.decode()
    filtered = client.get(LIST_URL, {"kind__exact": InspectionKind.FOCUSED_VISIT}).content.decode()

    assert "September 2024" in searched and "November 2022" not in searched
    assert "8 and 9 November 2022" in filtered and "September 2024" not in filtered
    assert "Last updated" in client.get(LIST_URL).content.decode()
