"""The priority themes (source 000) and the 13 KPIs (source 003) as records.

``seed_performance()`` is called by the site's seed command before the pages
are created. It is idempotent and atomic, and it seeds each set only when the
set is empty, so a theme or KPI an editor renamed, changed or deliberately
removed is never brought back or overwritten.
"""

from decimal import Decimal

from django.db import transaction

from pages.performance.models import Kpi, KpiDirection, KpiUnit, PriorityTheme
from pages.seed.sources import SOURCE_DATES

# The DCCS Outcomes Framework's five priority themes, in the words of 000 (updated
# 20/09/2024), which is newer than the business plan summary (003).
SEED_THEMES = (
    (
        "Safe",
        "People of all ages live in safe communities, our homes are safe and well maintained "
        "and our estates are protected from harm.",
    ),
    (
        "Potential",
        "People of all ages can achieve their ambitions through education, training and "
        "lifelong learning.",
    ),
    (
        "Independence, involvement and choice",
        "People of all ages can live independently, play a role in their communities and "
        "exercise choice over their services.",
    ),
    ("Health and wellbeing", "People of all ages enjoy good health and wellbeing."),
    (
        "Community",
        "People of all ages feel part of, engaged with and able to shape their community.",
    ),
)

# The business plan summary (003) was written for 2023/24, and gives no date for its figures:
# the KPIs have no "as at" date, and the page says so (their period stands instead).
KPI_PERIOD = "2023/24"
KPI_AS_AT = SOURCE_DATES["003"]
PERCENT, REDUCTION, SAP = KpiUnit.PERCENT, KpiUnit.PERCENTAGE_REDUCTION, KpiUnit.SAP_RATING
HIGHER, LOWER = KpiDirection.HIGHER_IS_BETTER, KpiDirection.LOWER_IS_BETTER
NEW = None  # 003 marks a new indicator "new": no figure yet

# number, measure, unit, current, target (None: a direction), direction of improvement.
# Measures are 003's, cleaned of extraction damage ("20% reduction of defined as living
# on streets"). KPI 9, 003: "20% reduction of defined as living on streets | ↓ 9% | ↓ 20%", and
# "Achieve 20% reduction in those defined as living on streets KPI9": a reduction of 9 against
# a target of 20, where a bigger reduction is better (higher is better).
SEED_KPIS = (
    (1, "Proportion of children looked after with 3 or more accommodation placements",
     PERCENT, "0", "0", LOWER),
    (2, "Proportion of children looked after receiving initial health assessment within "
     "timescale", PERCENT, "90", "100", HIGHER),
    (3, "Proportion of care leavers with up-to-date pathway plan", PERCENT, "79", "90", HIGHER),
    (4, "Proportion of care leavers in education, employment or training",
     PERCENT, "88", "100", HIGHER),
    (5, "Proportion of care leavers in suitable accommodation", PERCENT, "95", "100", HIGHER),
    (6, "Proportion of children with special educational needs and disability receiving an "
     "Education Health and Care Plan within 20 days", PERCENT, "100", "100", HIGHER),
    (7, "Proportion of 2023/24 major works programme (3,880 windows, 1,510 fire doors) "
     "delivered", PERCENT, NEW, "90", HIGHER),
    (8, "Increase the thermal efficiency (SAP rating) of the social housing stock",
     SAP, "69", None, HIGHER),
    (9, "20% reduction in people defined as living on the streets", REDUCTION, "9", "20", HIGHER),
    (10, "Proportion of individuals new to rough sleeping to be offered a route off the "
     "streets within 72 hours of their first contact with City outreach",
     PERCENT, "84", "100", HIGHER),
    (11, "Proportion of Adult Social Care Assessments completed within 28 days",
     PERCENT, NEW, "70", HIGHER),
    (12, "Proportion of Carer Reviews completed within 12 months of previous review",
     PERCENT, "70", "100", HIGHER),
    (13, "Proportion of older people (65 and over) who were still at home 91 days after "
     "discharge from hospital into reablement/rehabilitation services",
     PERCENT, "85", "90", HIGHER),
)  # fmt: skip


def decimal_or_none(figure: str | None) -> Decimal | None:
    return None if figure is None else Decimal(figure)


@transaction.atomic
def seed_performance() -> list[str]:
    """Create the priority themes and the KPIs if there are none. Returns what it created."""
    created = []
    if not PriorityTheme.objects.exists():
        for order, (name, description) in enumerate(SEED_THEMES, start=1):
            PriorityTheme.objects.create(name=name, description=description, order=order)
        created.append(f"{len(SEED_THEMES)} priority themes")
    if not Kpi.objects.exists():
        for number, measure, unit, current, target, direction in SEED_KPIS:
            kpi = Kpi(
                number=number,
                measure=measure,
                unit=unit,
                current_value=decimal_or_none(current),
                current_note="New" if current is NEW else "",
                target_value=decimal_or_none(target),
                direction=direction,
                period=KPI_PERIOD,
                as_at=KPI_AS_AT,
            )
            kpi.full_clean()
            kpi.save()
        created.append(f"{len(SEED_KPIS)} KPIs")
    return created
