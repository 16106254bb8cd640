"""Inspection records: judgements only from the vocabulary, dates and inspectorate that fit."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from pages.inspections.models import Inspection, InspectionJudgement
from pages.inspections.vocabulary import InspectionGrade, InspectionKind, Inspectorate


def inspection(**fields):
    values = {
        "kind": InspectionKind.SHORT_ILACS,
        "inspectorate": Inspectorate.OFSTED,
        "starts_on": date(2024, 9, 23),
        "ends_on": date(2024, 9, 27),
    }
    return Inspection(**(values | fields))


def errors_of(record) -> dict:
    with pytest.raises(ValidationError) as refused:
        record.full_clean()
    return refused.value.message_dict


@pytest.mark.parametrize("grade", ["outstanding", "good", "requires-improvement", "inadequate"])
def test_an_ilacs_inspection_takes_the_four_ilacs_grades(grade):
    inspection(overall_judgement=grade).full_clean()


def test_an_ilacs_inspection_refuses_a_send_outcome_with_the_grades_it_takes():
    errors = errors_of(inspection(overall_judgement=InspectionGrade.SEND_POSITIVE))

    assert errors["overall_judgement"] == [
        "“Typically positive experiences and outcomes” is not a judgement that a short "
        "inspection of children's services (ILACS) gives. Choose one of: Outstanding, Good, "
        "Requires improvement to be good, Inadequate."
    ]


def test_a_grade_that_is_no_grade_at_all_is_refused():
    errors = errors_of(inspection(overall_judgement="excellent"))

    assert "overall_judgement" in errors


def test_a_focused_visit_gives_no_overall_judgement():
    visit = inspection(kind=InspectionKind.FOCUSED_VISIT, overall_judgement="good")

    assert errors_of(visit)["overall_judgement"] == [
        "A focused visit gives no overall judgement: leave it empty."
    ]


def test_area_send_inspections_give_outcomes_since_2023_and_nothing_before():
    send = {"kind": InspectionKind.AREA_SEND, "inspectorate": Inspectorate.OFSTED_WITH_CQC}
    since_2023 = inspection(
        **send, starts_on=date(2025, 5, 12), ends_on=None, overall_judgement="send-inconsistent"
    )
    since_2023.full_clean()

    graded = inspection(**send, starts_on=date(2025, 5, 12), ends_on=None, overall_judgement="good")
    assert errors_of(graded)["overall_judgement"][0].startswith(
        "“Good” is not a judgement that a joint local area SEND inspection gives. Choose one of: "
        "Typically positive experiences and outcomes"
    )
    letter = inspection(
        **send, starts_on=date(2018, 3, 12), ends_on=None, overall_judgement="send-positive"
    )
    assert "gives no overall judgement" in errors_of(letter)["overall_judgement"][0]


@pytest.mark.django_db
def test_an_area_judgement_outside_the_types_vocabulary_is_refused():
    visit = inspection(kind=InspectionKind.FOCUSED_VISIT)
    visit.save()
    ilacs = inspection()
    ilacs.save()

    on_a_visit = InspectionJudgement(inspection=visit, area="Front door", grade="good")
    assert errors_of(on_a_visit)["grade"] == [
        "A focused visit gives no judgements of areas: remove this one."
    ]
    outcome = InspectionJudgement(inspection=ilacs, area="Care leavers", grade="send-failings")
    assert "Choose one of: Outstanding, Good" in errors_of(outcome)["grade"][0]
    InspectionJudgement(inspection=ilacs, area="Care leavers", grade="outstanding").full_clean()


def test_dates_and_inspectorate_must_make_sense():
    errors = errors_of(
        inspection(
            ends_on=date(2024, 9, 1),
            published_on=date(2024, 8, 1),
            inspectorate=Inspectorate.OFSTED_WITH_CQC,
        )
    )

    assert errors["ends_on"] == ["The last day on site cannot be before the first."]
    assert errors["published_on"] == ["The report cannot be published before the inspection."]
    assert errors["inspectorate"] == [
        "A short inspection of children's services (ILACS) is by Ofsted."
    ]


@pytest.mark.django_db
def test_the_latest_judgement_is_the_newest_graded_inspection_not_a_later_visit():
    inspection(starts_on=date(2020, 3, 1), ends_on=None, overall_judgement="good").save()
    latest = inspection(overall_judgement="outstanding")
    latest.save()
    inspection(kind=InspectionKind.FOCUSED_VISIT, starts_on=date(2025, 1, 7), ends_on=None).save()
    inspection(starts_on=date(2025, 6, 2), ends_on=None).save()  # not graded yet

    assert Inspection.objects.latest_graded() == latest
