"""The words of Ofsted inspections: types, grades, and what each type may give.

Each inspection type has its own vocabulary of judgements (``overall_grades``
and ``area_grades``): ILACS inspections grade overall effectiveness and each
area on Ofsted's four-point scale; area SEND inspections under the framework in
force since January 2023 give one of three outcomes, overall only; visits and
letters give none. The models (pages/inspections/models.py) refuse anything
outside it with the message ``refusal`` words; ``inspection_dates_text`` writes
the dates on site as people do::

    overall_grades("area-send", date(2024, 3, 4))  # the three SEND outcomes
    inspection_dates_text(date(2024, 9, 23), date(2024, 9, 27), "day")  # "23 to 27 September 2024"
"""

from datetime import date

from django.db import models


class Inspectorate(models.TextChoices):
    OFSTED = "ofsted", "Ofsted"
    OFSTED_WITH_CQC = "ofsted-cqc", "Ofsted with the Care Quality Commission (CQC)"


class InspectionKind(models.TextChoices):
    FULL_ILACS = "full-ilacs", "Full inspection of children's services (ILACS)"
    SHORT_ILACS = "short-ilacs", "Short inspection of children's services (ILACS)"
    FOCUSED_VISIT = "focused-visit", "Focused visit"
    JOINT_TARGETED_AREA = "jtai", "Joint targeted area inspection"
    AREA_SEND = "area-send", "Joint local area SEND inspection"


class InspectionGrade(models.TextChoices):
    """Every judgement any inspection type gives; ``overall_grades`` says which apply."""

    OUTSTANDING = "outstanding", "Outstanding"
    GOOD = "good", "Good"
    REQUIRES_IMPROVEMENT = "requires-improvement", "Requires improvement to be good"
    INADEQUATE = "inadequate", "Inadequate"
    SEND_POSITIVE = "send-positive", "Typically positive experiences and outcomes"
    SEND_INCONSISTENT = "send-inconsistent", "Inconsistent experiences and outcomes"
    SEND_FAILINGS = "send-failings", "Widespread or systemic failings"


class InspectionDatePrecision(models.TextChoices):
    DAY = "day", "Exact days"
    MONTH = "month", "Month only (the source gives no days)"


ILACS_KINDS = (InspectionKind.FULL_ILACS, InspectionKind.SHORT_ILACS)
ILACS_GRADES = (
    InspectionGrade.OUTSTANDING,
    InspectionGrade.GOOD,
    InspectionGrade.REQUIRES_IMPROVEMENT,
    InspectionGrade.INADEQUATE,
)
SEND_OUTCOMES = (
    InspectionGrade.SEND_POSITIVE,
    InspectionGrade.SEND_INCONSISTENT,
    InspectionGrade.SEND_FAILINGS,
)
# The Ofsted and CQC area SEND framework that gives outcomes applies to inspections
# from January 2023; joint local area SEND inspections before it ended in a letter.
SEND_OUTCOMES_SINCE = date(2023, 1, 1)
# Who carries out each type (a joint targeted area inspection may be either).
INSPECTORATE_OF = {
    InspectionKind.FULL_ILACS: Inspectorate.OFSTED,
    InspectionKind.SHORT_ILACS: Inspectorate.OFSTED,
    InspectionKind.FOCUSED_VISIT: Inspectorate.OFSTED,
    InspectionKind.AREA_SEND: Inspectorate.OFSTED_WITH_CQC,
}
# Colour as a second signal beside the words (never the only one).
TAG_COLOURS = {
    InspectionGrade.OUTSTANDING: "green",
    InspectionGrade.GOOD: "turquoise",
    InspectionGrade.REQUIRES_IMPROVEMENT: "yellow",
    InspectionGrade.INADEQUATE: "red",
    InspectionGrade.SEND_POSITIVE: "green",
    InspectionGrade.SEND_INCONSISTENT: "yellow",
    InspectionGrade.SEND_FAILINGS: "red",
}
VOCABULARY_HELP = (
    "ILACS inspections (full and short): Outstanding, Good, Requires improvement to be good "
    "or Inadequate, overall and for each area. Area SEND inspections since 2023: one of three "
    "outcomes, overall only. Focused visits, joint targeted area inspections and SEND "
    "inspections before 2023: none."
)


def overall_grades(kind: str, starts_on: date | None) -> tuple[str, ...]:
    """The overall judgements an inspection of this type (starting then) can give."""
    if kind in ILACS_KINDS:
        return ILACS_GRADES
    if kind == InspectionKind.AREA_SEND and starts_on and starts_on >= SEND_OUTCOMES_SINCE:
        return SEND_OUTCOMES
    return ()


def area_grades(kind: str) -> tuple[str, ...]:
    """The judgements an inspection of this type gives each area it grades."""
    return ILACS_GRADES if kind in ILACS_KINDS else ()


def kind_in_a_sentence(kind: str) -> str:
    """ "short inspection of children's services (ILACS)": the type's label mid-sentence."""
    label = str(InspectionKind(kind).label) if kind in InspectionKind.values else "Inspection"
    return label[0].lower() + label[1:]


def refusal(grade: str, allowed: tuple[str, ...], kind: str, *, for_area: bool = False) -> str:
    """Why this judgement is refused for this type of inspection, or "" if it is allowed."""
    if not grade or grade in allowed:
        return ""
    kind_text = kind_in_a_sentence(kind)
    if not allowed:
        what = "judgements of areas: remove this one" if for_area else "overall judgement"
        return f"A {kind_text} gives no {what}{'' if for_area else ': leave it empty'}."
    choices = ", ".join(str(InspectionGrade(value).label) for value in allowed)
    shown = InspectionGrade(grade).label if grade in InspectionGrade.values else grade
    where = " to an area" if for_area else ""
    return (
        f"“{shown}” is not a judgement that a {kind_text} gives{where}. Choose one of: {choices}."
    )


def inspection_dates_text(starts_on: date, ends_on: date | None, precision: str) -> str:
    """Dates on site as people write them: "23 to 27 September 2024", "8 and 9 November 2022".

    With month precision no day is shown ("March 2020"), so none is invented.
    """
    ends_on = ends_on or starts_on
    by_month = precision == InspectionDatePrecision.MONTH
    first = "" if by_month else f"{starts_on.day} "
    last = f"{ends_on:%B %Y}" if by_month else f"{ends_on.day} {ends_on:%B %Y}"
    if starts_on.year != ends_on.year:
        first += f"{starts_on:%B %Y}"
    elif starts_on.month != ends_on.month:
        first += f"{starts_on:%B}"
    elif by_month or starts_on.day == ends_on.day:
        return last
    elif ends_on.day - starts_on.day == 1:
        return f"{starts_on.day} and {last}"
    return f"{first.strip()} to {last}"
