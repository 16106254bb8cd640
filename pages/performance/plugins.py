"""Plugins that show the priority themes and the KPIs (as a chart and a table) on any page."""

from dataclasses import dataclass
from decimal import Decimal

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from pages.performance.models import (
    Kpi,
    KpiReport,
    KpiStatus,
    PriorityTheme,
    PriorityThemeList,
)

# The chart's drawing, in SVG user units: one row per KPI under a legend.
CHART_WIDTH = 480
LEGEND_HEIGHT = 64
ROW_HEIGHT = 56
BAR_TOP = 24  # below the row's first line of text
BAR_HEIGHT = 16
SCALE_MAX = Decimal(100)  # percentages and SAP ratings both run to 100
# Solid when on target, hatched when not, dotted when the target is a direction, not a figure.
BAR_FILLS = {KpiStatus.NOT_ON_TARGET: "hatch", KpiStatus.DIRECTION_ONLY: "dots"}


@dataclass(frozen=True)
class ChartRow:
    """One KPI in the chart: where its bar and target mark go, and what its labels say."""

    kpi: Kpi
    top: int
    bar_width: int  # 0 when there is no current figure
    target_x: int | None  # None when the target is only a direction
    label: str
    figures: str

    @property
    def fill(self) -> str:
        """The bar's fill, so that shape, not colour, tells the statuses apart."""
        return BAR_FILLS.get(self.kpi.status, "solid")

    @property
    def bar_top(self) -> int:
        return self.top + BAR_TOP

    @property
    def bar_bottom(self) -> int:
        return self.top + BAR_TOP + BAR_HEIGHT

    @property
    def mark_top(self) -> int:
        return self.bar_top - 4

    @property
    def mark_bottom(self) -> int:
        return self.bar_bottom + 4

    @property
    def text_baseline(self) -> int:
        return self.top + 16


def x_for(value: Decimal | None) -> int | None:
    """Where a figure falls on the 0 to 100 scale; a reduction is drawn by its size."""
    if value is None:
        return None
    size = min(abs(value), SCALE_MAX)
    return round(size * CHART_WIDTH / SCALE_MAX)


def target_mark_x(value: Decimal | None) -> int | None:
    """The target mark, kept inside the drawing at 0 and at 100 (it is 4 units wide)."""
    x = x_for(value)
    return None if x is None else min(max(x, 2), CHART_WIDTH - 2)


def chart_rows(kpis: list[Kpi]) -> list[ChartRow]:
    """Lay the KPIs out one under another, each with its bar, target mark and labels."""
    rows = []
    for index, kpi in enumerate(kpis):
        # A target that is a direction reads "target: increase".
        target = kpi.target_display
        target = f": {target.lower()}" if kpi.target_value is None else f" {target}"
        rows.append(
            ChartRow(
                kpi=kpi,
                top=LEGEND_HEIGHT + index * ROW_HEIGHT,
                bar_width=x_for(kpi.current_value) or 0,
                target_x=target_mark_x(kpi.target_value),
                label=f"KPI {kpi.number}: {kpi.status_label.lower()}",
                figures=f"{kpi.current_display} · target{target}",
            )
        )
    return rows


def breakable(text: str) -> SafeString:
    """Let a long "a/b" word wrap after its slash, so the table fits a phone's width."""
    return mark_safe(escape(text).replace("/", "/<wbr>"))  # noqa: S308 (escaped first)


def numbered(numbers: list[int]) -> str:
    """[1] → "KPI 1"; [1, 9] → "KPI 1 and KPI 9"; [1, 2, 9] → "KPI 1, KPI 2 and KPI 9"."""
    names = [f"KPI {number}" for number in numbers]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def direction_sentence(kpis: list[Kpi]) -> str:
    """Which way is better, for which KPIs, in one sentence: "Higher is better for most KPIs;
    lower is better for KPI 1; a bigger reduction is better for KPI 9." """
    groups: dict[str, list[int]] = {}
    for kpi in kpis:
        groups.setdefault(kpi.direction_text, []).append(kpi.number)
    if not groups:
        return ""
    usual = max(groups, key=lambda text: len(groups[text]))
    if len(groups) == 1:
        return f"{usual} for every KPI."
    others = [
        f"{text[0].lower()}{text[1:]} for {numbered(numbers)}"
        for text, numbers in groups.items()
        if text != usual
    ]
    return "; ".join([f"{usual} for most KPIs", *others]) + "."


def figures_as_at(kpis: list[Kpi]) -> dict:
    """When the figures were true: one date for all ("as_at"), none recorded for any
    ("undated"), or a date for each, shown in each KPI's row ("as_at_each")."""
    dates = {kpi.as_at for kpi in kpis}
    if len(dates) > 1:
        return {"as_at": None, "undated": False, "as_at_each": True}
    as_at = next(iter(dates), None)
    return {"as_at": as_at, "undated": bool(kpis) and as_at is None, "as_at_each": False}


def chart_summary(kpis: list[Kpi]) -> str:
    """The chart's description for screen readers: how many KPIs stand where."""
    counts = {status: 0 for status in KpiStatus}
    for kpi in kpis:
        counts[kpi.status] += 1
    parts = [f"{counts[status]} {status.label.lower()}" for status in KpiStatus if counts[status]]
    return f"{len(kpis)} KPIs: " + ", ".join(parts) + ". The table below gives every figure."


@plugin_pool.register_plugin
class PriorityThemesPlugin(CMSPluginBase):
    """The priority themes of the DCCS Outcomes Framework, in their order."""

    model = PriorityThemeList
    name = "Priority themes"
    module = "Department"
    render_template = "pages/performance/priority_themes.html"
    allow_children = False

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["themes"] = PriorityTheme.objects.all()
        return context


@plugin_pool.register_plugin
class KpisPlugin(CMSPluginBase):
    """Every KPI as a chart (current against target) and as a table, the chart's text."""

    model = KpiReport
    name = "Key performance indicators (chart and table)"
    module = "Department"
    render_template = "pages/performance/kpis.html"
    allow_children = False

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        kpis = list(Kpi.objects.in_order())
        rows = chart_rows(kpis)
        periods = sorted({kpi.period for kpi in kpis})
        context.update(
            {
                "kpis": kpis,
                "table_rows": [(kpi, breakable(kpi.measure)) for kpi in kpis],
                "rows": rows,
                "chart_width": CHART_WIDTH,
                "chart_height": LEGEND_HEIGHT + len(rows) * ROW_HEIGHT,
                "chart_summary": chart_summary(kpis),
                "chart_id": f"kpi-chart-{instance.pk}",
                "single_period": periods[0] if len(periods) == 1 else "",
                "direction_sentence": direction_sentence(kpis),
                # The day the figures were true, from their source: not the day they were
                # saved, which for seeded KPIs is the day the database was seeded.
                **figures_as_at(kpis),
            }
        )
        return context
