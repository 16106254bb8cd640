"""Ofsted inspections: what was inspected, when, the judgements, findings and our response.

The judgements an inspection may give depend on its type and date: the
vocabulary and its wording are in pages/inspections/vocabulary.py, and
``clean()`` here refuses anything outside it.
"""

from cms.models import CMSPlugin
from django.core.exceptions import ValidationError
from django.db import models

from pages.inspections.vocabulary import (
    ILACS_KINDS,
    INSPECTORATE_OF,
    TAG_COLOURS,
    VOCABULARY_HELP,
    InspectionDatePrecision,
    InspectionGrade,
    InspectionKind,
    Inspectorate,
    area_grades,
    inspection_dates_text,
    kind_in_a_sentence,
    overall_grades,
    refusal,
)
from pages.plugin_settings import HeadedPluginSettings
from publications.models import PublicationContent

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
        """With all the history shows: the details, and the report's published version's
        address and title, read in the inspections' own query (``report_link``)."""
        published = PublicationContent.objects.filter(publication=models.OuterRef("report_id"))
        return self.annotate(
            published_report_slug=models.Subquery(published.values("slug")[:1]),
            published_report_title=models.Subquery(published.values("title")[:1]),
        ).prefetch_related("judgements", "findings", "recommendations")


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
    as_at = models.DateField(
        "facts as at",
        null=True,
        blank=True,
        help_text="The day what is said here was true: the date of the newest source it comes "
        "from (the report, our committee report). Change it when you change the facts.",
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
        if hasattr(self, "published_report_slug"):  # loaded by ``with_details()``
            published = self.published_report_slug and PublicationContent(
                slug=self.published_report_slug, title=self.published_report_title
            )
        else:
            published = self.report.published_content() if self.report_id else None
        if published:
            return published.get_absolute_url(), published.title
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
