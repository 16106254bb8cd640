"""Ofsted inspections: what was inspected, when, the judgements, findings and our response.

Each inspection type has its own vocabulary of judgements (``overall_grades``
and ``area_grades``): ILACS inspections grade overall effectiveness and each
area on Ofsted's four-point scale; area SEND inspections under the framework in
force since January 2023 give one of three outcomes, overall only; visits and
letters give none. The model layer refuses anything outside the vocabulary.
"""

from datetime import date

from cms.models import CMSPlugin
from django.core.exceptions import ValidationError
from django.db import models

from pages.plugin_settings import HeadedPluginSettings

__all__ = [
    "Inspectorate",
    "InspectionKind",
    "InspectionGrade",
    "InspectionDatePrecision",
    "Inspection",
    "InspectionJudgement",
    "InspectionFinding",
    "InspectionRecommendation",
    "InspectionHistory",
    "LatestInspectionJudgement",
]


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


class InspectionQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-starts_on", "-pk")

    def started_in(self, year: int, month: int):
        return self.filter(starts_on__year=year, starts_on__month=month)

    def graded(self):
        """Inspections with an overall effectiveness grade (ILACS): "our Ofsted judgement"."""
        return self.filter(kind__in=ILACS_KINDS).exclude(overall_judgement="")

    def latest_graded(self):
        """The inspection whose overall grade is our current Ofsted judgement, or None."""
        return self.graded().newest_first().first()

    def with_details(self):
        return self.select_related("report").prefetch_related(
            "judgements", "findings", "recommendations"
        )


class Inspection(models.Model):
    """One inspection or visit by Ofsted (alone or with the CQC) and what came of it."""

    inspectorate = models.CharField(
        max_length=20, choices=Inspectorate.choices, default=Inspectorate.OFSTED
    )
    kind = models.CharField("type", max_length=20, choices=InspectionKind.choices)
    starts_on = models.DateField(
        "first day on site", help_text="With “month only”, any day of the month: none is shown."
    )
    ends_on = models.DateField(
        "last day on site", null=True, blank=True, help_text="Leave empty for a single day."
    )
    date_precision = models.CharField(
        "dates known to",
        max_length=10,
        choices=InspectionDatePrecision.choices,
        default=InspectionDatePrecision.DAY,
    )
    published_on = models.DateField(
        "report published on", null=True, blank=True, help_text="Leave empty if not known."
    )
    overall_judgement = models.CharField(
        max_length=30, choices=InspectionGrade.choices, blank=True, help_text=VOCABULARY_HELP
    )
    summary = models.TextField(blank=True, help_text="What was inspected, in a sentence or two.")
    report = models.ForeignKey(
        "publications.Publication",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inspections",
        help_text="The report or letter in our publications, if it is there.",
    )
    report_url = models.URLField(
        "report address",
        blank=True,
        help_text="Where the report is published elsewhere (used if no publication is chosen).",
    )
    updated_at = models.DateTimeField("last updated", auto_now=True)

    objects = InspectionQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "-pk"]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return f"{self.get_kind_display()}, {self.starts_on:%B %Y}" if self.starts_on else ""

    @property
    def dates_text(self) -> str:
        return inspection_dates_text(self.starts_on, self.ends_on, self.date_precision)

    @property
    def gives_judgements(self) -> bool:
        """Whether this type grades anything (visits and letters do not)."""
        return bool(overall_grades(self.kind, self.starts_on) or area_grades(self.kind))

    @property
    def overall_judgement_name(self) -> str:
        return "Overall effectiveness" if self.kind in ILACS_KINDS else "Outcome"

    @property
    def overall_tag_colour(self) -> str:
        return TAG_COLOURS.get(self.overall_judgement, "grey")

    @property
    def report_link(self) -> tuple[str, str] | None:
        """(address, words) of the report: our publication if it is published, else the URL."""
        if self.report and self.report.is_published:
            return self.report.get_absolute_url(), self.report.title
        if self.report_url:
            return self.report_url, "the report"
        return None

    def clean(self):
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = "The last day on site cannot be before the first."
        if self.starts_on and self.published_on and self.published_on < self.starts_on:
            errors["published_on"] = "The report cannot be published before the inspection."
        allowed = overall_grades(self.kind, self.starts_on)
        if message := refusal(self.overall_judgement, allowed, self.kind):
            errors["overall_judgement"] = message
        required = INSPECTORATE_OF.get(self.kind)
        if required and self.inspectorate != required:
            errors["inspectorate"] = f"A {kind_in_a_sentence(self.kind)} is by {required.label}."
        if errors:
            raise ValidationError(errors)


class InspectionJudgement(models.Model):
    """The grade an inspection gave one area (the areas differ between frameworks and years)."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="judgements")
    area = models.CharField(max_length=200)
    grade = models.CharField(max_length=30, choices=InspectionGrade.choices)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{self.area}: {self.get_grade_display()}"

    @property
    def tag_colour(self) -> str:
        return TAG_COLOURS.get(self.grade, "grey")

    def clean(self):
        inspection = getattr(self, "inspection", None)
        if inspection is None:
            return
        allowed = area_grades(inspection.kind)
        if message := refusal(self.grade, allowed, inspection.kind, for_area=True):
            raise ValidationError({"grade": message})


class InspectionFinding(models.Model):
    """A headline finding, quoted from the report or letter."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="findings")
    quote = models.TextField(help_text="Ofsted's words, without quotation marks.")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self):
        return self.quote[:80]


class InspectionRecommendation(models.Model):
    """Something the inspectors asked us to improve, and what we said we would do."""

    inspection = models.ForeignKey(
        Inspection, on_delete=models.CASCADE, related_name="recommendations"
    )
    text = models.TextField("recommendation")
    department_response = models.TextField(
        "our response", blank=True, help_text="Paragraphs separated by a blank line."
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self):
        return self.text[:80]


class InspectionHistory(CMSPlugin):
    """Settings of an "Ofsted inspections" plugin: the latest judgement, then every inspection."""

    latest_heading = models.CharField(max_length=100, default="Our latest Ofsted judgement")

    def __str__(self):
        return self.latest_heading


class LatestInspectionJudgement(HeadedPluginSettings):
    """Settings of a "Latest Ofsted judgement" plugin: the headline, on any page."""

    heading = models.CharField(max_length=100, default="Our latest Ofsted inspection")
