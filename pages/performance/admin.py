"""Publishers change the priority themes and the KPIs here; Editors may only look.

Every change is recorded in the admin's history (who changed what, when), and
each record shows when it was last updated; a KPI also carries the day its
figures were true ("figures as at"), which the page shows.
"""

from django.contrib import admin

from pages.performance.models import Kpi, KpiStatus, PriorityTheme


@admin.register(PriorityTheme)
class PriorityThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "description", "order", "updated_at"]
    list_editable = ["order"]
    search_fields = ["name", "description"]
    ordering = ["order", "name"]
    fields = ["name", "description", "order", "updated_at"]
    readonly_fields = ["updated_at"]


class KpiStatusFilter(admin.SimpleListFilter):
    """Filter the KPIs by how they stand against their targets (the model's own rule)."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return KpiStatus.choices

    def queryset(self, request, queryset):
        if self.value() in KpiStatus.values:
            return queryset.with_status(self.value())
        return queryset


@admin.register(Kpi)
class KpiAdmin(admin.ModelAdmin):
    list_display = [
        "number",
        "measure",
        "current_performance",
        "target",
        "direction_of_improvement",
        "status",
        "period",
        "as_at",
        "updated_at",
    ]
    list_display_links = ["number", "measure"]
    list_filter = [KpiStatusFilter, "unit", "direction", "period"]
    search_fields = ["measure", "period", "current_note"]
    ordering = ["number"]
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["number", "measure", "unit", "period", "as_at"]}),
        ("Current performance", {"fields": ["current_value", "current_note"]}),
        ("Target", {"fields": ["target_value", "direction"]}),
        (None, {"fields": ["updated_at"]}),
    ]

    @admin.display(description="current performance")
    def current_performance(self, kpi):
        return kpi.current_display

    @admin.display(description="target")
    def target(self, kpi):
        return kpi.target_display

    @admin.display(description="status")
    def status(self, kpi):
        return kpi.status_label

    @admin.display(description="direction of improvement", ordering="direction")
    def direction_of_improvement(self, kpi):
        return kpi.direction_text
