"""How the department measures itself: its priority themes and its key performance indicators."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from pages.plugin_settings import HeadedPluginSettings

__all__ = [
    "Kpi",
    "KpiDirection",
    "KpiQuerySet",
    "KpiReport",
    "KpiStatus",
    "KpiUnit",
    "PriorityTheme",
    "PriorityThemeList",
]


class PriorityTheme(models.Model):
    """One of the five priority themes of the DCCS Outcomes Framework (Safe, Potential, ...)."""

    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(
        help_text="One sentence: what the theme means for people, as the Outcomes Framework "
        "puts it."
    )
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Themes are listed from the lowest number to the highest."
    )
    updated_at = models.DateTimeField("last updated", auto_now=True)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class KpiUnit(models.TextChoices):
    """What a KPI's figures count: each KPI keeps its own unit."""

    PERCENT = "percent", "Percentage"
    PERCENTAGE_REDUCTION = "percentage-reduction", "Percentage reduction (its size: 9 for 9%)"
    SAP_RATING = "sap-rating", "SAP rating (energy efficiency)"


class KpiDirection(models.TextChoices):
    """Which way a KPI's figure should move: it decides whether a figure is on target.

    For a reduction, higher is better means a bigger reduction is better
    (``Kpi.direction_text`` says it so).
    """

    HIGHER_IS_BETTER = "higher", "Higher is better (for a reduction: a bigger reduction)"
    LOWER_IS_BETTER = "lower", "Lower is better (for a reduction: a smaller reduction)"


class KpiStatus(models.TextChoices):
    """How a KPI stands against its target (see ``Kpi.status`` for the rule)."""

    ON_TARGET = "on-target", "On target"
    NOT_ON_TARGET = "not-on-target", "Not on target"
    NO_FIGURE_YET = "no-figure-yet", "No figure yet"
    DIRECTION_ONLY = "direction-only", "No target figure"  # the target is a direction


# The rule, once, for the database: a KPI is on target when it has both figures and the
# current one meets or beats the target in the KPI's direction of improvement.
HAS_BOTH_FIGURES = Q(current_value__isnull=False, target_value__isnull=False)
MEETS_TARGET = Q(direction=KpiDirection.HIGHER_IS_BETTER, current_value__gte=F("target_value")) | Q(
    direction=KpiDirection.LOWER_IS_BETTER, current_value__lte=F("target_value")
)


class KpiQuerySet(models.QuerySet):
    def in_order(self):
        return self.order_by("number")

    def on_target(self):
        return self.filter(HAS_BOTH_FIGURES & MEETS_TARGET)

    def not_on_target(self):
        return self.filter(HAS_BOTH_FIGURES).exclude(MEETS_TARGET)

    def without_current_figure(self):
        return self.filter(current_value__isnull=True)

    def with_direction_as_target(self):
        return self.filter(current_value__isnull=False, target_value__isnull=True)

    def with_status(self, status: str):
        """The KPIs in one ``KpiStatus``: the admin's status filter."""
        return {
            KpiStatus.ON_TARGET: self.on_target,
            KpiStatus.NOT_ON_TARGET: self.not_on_target,
            KpiStatus.NO_FIGURE_YET: self.without_current_figure,
            KpiStatus.DIRECTION_ONLY: self.with_direction_as_target,
        }[status]()


def plain_number(value: Decimal) -> str:
    """79.00 → "79", 2.50 → "2.5": figures as people write them."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class Kpi(models.Model):
    """A key performance indicator: what is measured, how it stands now and the target.

    The figures are kept as the source gives them. A KPI may have no current
    figure yet (``current_value`` empty, with a note such as "New"), and its
    target may be only a direction (``target_value`` empty: "increase" or
    "reduce", following ``direction``). A reduction is kept as its size, so
    "↓ 9%" against "↓ 20%" is 9 against 20, and a bigger reduction is better
    (higher is better). ``as_at`` is the day the figures were true, if the
    source gives one; ``period`` what they cover.
    """

    number = models.PositiveSmallIntegerField(
        unique=True, help_text="The KPI's number in the business plan (KPI 1, KPI 2, ...)."
    )
    measure = models.CharField(max_length=300, help_text="What the KPI measures, in full.")
    unit = models.CharField(max_length=20, choices=KpiUnit.choices, default=KpiUnit.PERCENT)
    current_value = models.DecimalField(
        "current performance",
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Leave empty if there is no figure yet. A reduction is its size: 9 for a 9% "
        "reduction.",
    )
    current_note = models.CharField(
        "note instead of a figure",
        max_length=50,
        blank=True,
        help_text="Shown when there is no current figure, e.g. “New” for a new indicator.",
    )
    target_value = models.DecimalField(
        "target",
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Leave empty if the target is only to improve (increase or reduce, following "
        "the direction of improvement).",
    )
    direction = models.CharField(
        "direction of improvement",
        max_length=10,
        choices=KpiDirection.choices,
        default=KpiDirection.HIGHER_IS_BETTER,
    )
    period = models.CharField(
        max_length=50,
        help_text="The period the figures are for, as the source gives it, e.g. “2023/24”.",
    )
    as_at = models.DateField(
        "figures as at",
        null=True,
        blank=True,
        help_text="The day the figures were true, from their source. Change it when you change "
        "them. Leave empty if the source gives no date (the period is shown instead).",
    )
    updated_at = models.DateTimeField("last updated", auto_now=True)

    objects = KpiQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = "KPI"
        verbose_name_plural = "KPIs"

    def __str__(self):
        return f"KPI {self.number}: {self.measure}"

    def clean(self):
        errors = {}
        for field in ("current_value", "target_value"):
            problem = self._unit_problem(getattr(self, field))
            if problem:
                errors[field] = problem
        if self.current_value is not None and self.current_note:
            errors["current_note"] = (
                "Leave the note empty when there is a current figure: the note is shown only "
                "instead of a figure."
            )
        if errors:
            raise ValidationError(errors)

    def _unit_problem(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        if self.unit == KpiUnit.PERCENT and not 0 <= value <= 100:
            return "A percentage must be between 0 and 100."
        if self.unit == KpiUnit.PERCENTAGE_REDUCTION and not 0 <= value <= 100:
            return "A reduction is its size, between 0 and 100: 9 for a 9% reduction."
        if self.unit == KpiUnit.SAP_RATING and value < 0:
            return "A SAP rating cannot be negative."
        return ""

    @property
    def status(self) -> str:
        """On target when the current figure meets or beats the target in its direction.

        Lower is better for KPI 1: 0% against a 0% target is on target. With no
        current figure, or a target that is only a direction, there is nothing
        to compare. ``KpiQuerySet.on_target`` is the same rule for the database.
        """
        if self.current_value is None:
            return KpiStatus.NO_FIGURE_YET
        if self.target_value is None:
            return KpiStatus.DIRECTION_ONLY
        if self.direction == KpiDirection.LOWER_IS_BETTER:
            met = self.current_value <= self.target_value
        else:
            met = self.current_value >= self.target_value
        return KpiStatus.ON_TARGET if met else KpiStatus.NOT_ON_TARGET

    @property
    def status_label(self) -> str:
        return KpiStatus(self.status).label

    def format_figure(self, value: Decimal) -> str:
        """A figure in the KPI's unit: "79%", "9% reduction", "69 (SAP rating)"."""
        if self.unit == KpiUnit.PERCENTAGE_REDUCTION:
            return f"{plain_number(value)}% reduction"
        if self.unit == KpiUnit.SAP_RATING:
            return f"{plain_number(value)} (SAP rating)"
        return f"{plain_number(value)}%"

    @property
    def current_display(self) -> str:
        if self.current_value is None:
            return self.current_note or "No figure yet"
        return self.format_figure(self.current_value)

    @property
    def target_display(self) -> str:
        if self.target_value is None:
            higher = self.direction == KpiDirection.HIGHER_IS_BETTER
            if self.unit == KpiUnit.PERCENTAGE_REDUCTION:
                return "A bigger reduction" if higher else "A smaller reduction"
            return "Increase" if higher else "Reduce"
        return self.format_figure(self.target_value)

    @property
    def direction_text(self) -> str:
        """Which way is better, said plainly: "Higher is better", "A bigger reduction is
        better" (a reduction's figure is its size, so higher is a bigger reduction)."""
        higher = self.direction == KpiDirection.HIGHER_IS_BETTER
        if self.unit == KpiUnit.PERCENTAGE_REDUCTION:
            return f"A {'bigger' if higher else 'smaller'} reduction is better"
        return "Higher is better" if higher else "Lower is better"


class PriorityThemeList(HeadedPluginSettings):
    """Settings of the priority themes plugin: the themes themselves are records."""

    heading = models.CharField(max_length=100, default="Our priority themes")


class KpiReport(HeadedPluginSettings):
    """Settings of the KPI plugin (chart and table): the KPIs themselves are records."""

    heading = models.CharField(max_length=100, default="Key performance indicators")
