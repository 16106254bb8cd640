"""KPIs keep the source's figures as data, and say whether they are on target by a clear rule."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from pages.performance.models import Kpi, KpiDirection, KpiStatus, KpiUnit, PriorityTheme
from pages.performance.seed import seed_performance

HIGHER, LOWER = KpiDirection.HIGHER_IS_BETTER, KpiDirection.LOWER_IS_BETTER


def kpi(current, target, direction=HIGHER, unit=KpiUnit.PERCENT, note=""):
    return Kpi(
        number=99,
        measure="A measure",
        unit=unit,
        current_value=None if current is None else Decimal(current),
        current_note=note,
        target_value=None if target is None else Decimal(target),
        direction=direction,
        period="2023/24",
    )


def test_kpi_1_at_0_percent_against_a_0_percent_target_is_on_target_as_lower_is_better():
    children_with_3_placements = kpi("0", "0", LOWER)

    assert children_with_3_placements.status == KpiStatus.ON_TARGET
    assert children_with_3_placements.current_display == "0%"
    assert children_with_3_placements.target_display == "0%"


def test_kpi_8_a_sap_rating_with_a_target_to_increase_has_nothing_to_compare():
    thermal_efficiency = kpi("69", None, HIGHER, KpiUnit.SAP_RATING)

    assert thermal_efficiency.status == KpiStatus.DIRECTION_ONLY
    assert thermal_efficiency.status_label == "No target figure"
    assert thermal_efficiency.current_display == "69 (SAP rating)"
    assert thermal_efficiency.target_display == "Increase"


def test_kpi_9_a_9_percent_reduction_against_a_20_percent_reduction_is_not_on_target():
    """003: "20% reduction of defined as living on streets | ↓ 9% | ↓ 20%": a reduction is
    kept as its size, and a bigger reduction is better."""
    living_on_the_streets = kpi("9", "20", HIGHER, KpiUnit.PERCENTAGE_REDUCTION)

    assert living_on_the_streets.status == KpiStatus.NOT_ON_TARGET
    assert living_on_the_streets.current_display == "9% reduction"
    assert living_on_the_streets.target_display == "20% reduction"
    assert living_on_the_streets.direction_text == "A bigger reduction is better"


def test_a_reduction_beyond_its_target_is_on_target():
    assert kpi("25", "20", HIGHER, KpiUnit.PERCENTAGE_REDUCTION).status == KpiStatus.ON_TARGET


def test_each_direction_is_said_plainly_in_its_units_words():
    assert kpi("79", "90").direction_text == "Higher is better"
    assert kpi("0", "0", LOWER).direction_text == "Lower is better"
    smaller = kpi("5", "2", LOWER, KpiUnit.PERCENTAGE_REDUCTION)
    assert smaller.direction_text == "A smaller reduction is better"
    assert kpi("9", None, HIGHER, KpiUnit.PERCENTAGE_REDUCTION).target_display == (
        "A bigger reduction"
    )


@pytest.mark.parametrize("number", [7, 11])
def test_kpis_7_and_11_are_new_with_no_figure_yet(number):
    new = kpi(None, "90", note="New")
    new.number = number

    assert new.status == KpiStatus.NO_FIGURE_YET
    assert new.current_display == "New"
    assert new.target_display == "90%"


def test_a_kpi_with_no_figure_and_no_note_says_so():
    assert kpi(None, "70").current_display == "No figure yet"


@pytest.mark.parametrize(
    ("current", "target", "status"),
    [
        ("79", "90", KpiStatus.NOT_ON_TARGET),
        ("100", "100", KpiStatus.ON_TARGET),
        ("92.5", "90", KpiStatus.ON_TARGET),
    ],
)
def test_higher_is_better_meets_or_beats_its_target(current, target, status):
    assert kpi(current, target).status == status


def test_figures_read_as_people_write_them():
    assert kpi("92.50", "90.00").current_display == "92.5%"
    assert kpi("92.50", "90.00").target_display == "90%"


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        (kpi("120", "100"), "current_value", "A percentage must be between 0 and 100."),
        (kpi("50", "-1"), "target_value", "A percentage must be between 0 and 100."),
        (
            kpi("120", "20", HIGHER, KpiUnit.PERCENTAGE_REDUCTION),
            "current_value",
            "A reduction is its size, between 0 and 100",
        ),
        (
            kpi("-9", "20", HIGHER, KpiUnit.PERCENTAGE_REDUCTION),
            "current_value",
            "A reduction is its size, between 0 and 100",
        ),
        (kpi("-5", None, unit=KpiUnit.SAP_RATING), "current_value", "cannot be negative"),
        (kpi("79", "90", note="New"), "current_note", "Leave the note empty"),
    ],
)
def test_nonsense_is_refused_with_a_reason(record, field, message):
    with pytest.raises(ValidationError) as refused:
        record.clean()

    assert message in " ".join(refused.value.message_dict[field])


@pytest.mark.django_db
def test_the_database_rule_agrees_with_each_kpis_own_status():
    Kpi.objects.all().delete()
    seed_performance()

    by_status = {status: set(Kpi.objects.with_status(status)) for status in KpiStatus}

    for record in Kpi.objects.all():
        assert record in by_status[record.status], record
    assert {k.number for k in by_status[KpiStatus.ON_TARGET]} == {1, 6}
    assert {k.number for k in by_status[KpiStatus.NO_FIGURE_YET]} == {7, 11}
    assert {k.number for k in by_status[KpiStatus.DIRECTION_ONLY]} == {8}
    assert {k.number for k in by_status[KpiStatus.NOT_ON_TARGET]} == {2, 3, 4, 5, 9, 10, 12, 13}


@pytest.mark.django_db
def test_records_know_when_they_were_last_updated():
    theme = PriorityTheme.objects.create(name="A theme", description="What it means.")
    first = theme.updated_at

    theme.description = "What it means now."
    theme.save()

    assert theme.updated_at > first
