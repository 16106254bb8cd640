"""Publishers record Ofsted inspections here: dates, judgements, findings and our response.

Judgements outside the inspection type's vocabulary are refused by the models'
``clean()`` (the admin shows the message beside the field). Every change is in
the admin's history (who changed what, when).
"""

from django.contrib import admin
from django.db import models

from admin_changelists import DateDrillDownChangeList
from pages.inspections.models import (
    Inspection,
    InspectionFinding,
    InspectionJudgement,
    InspectionRecommendation,
)


class InspectionJudgementInline(admin.TabularInline):
    model = InspectionJudgement
    extra = 0
    fields = ("area", "grade", "order")
    verbose_name_plural = "Judgements per area (the areas differ between frameworks and years)"


class InspectionFindingInline(admin.TabularInline):
    model = InspectionFinding
    extra = 0
    fields = ("quote", "order")
    verbose_name_plural = "Headline findings (quotes)"


class InspectionRecommendationInline(admin.StackedInline):
    model = InspectionRecommendation
    extra = 0
    fields = ("text", "department_response", "order")
    verbose_name_plural = "Recommendations, each with our response"


@admin.register(Inspection)
class InspectionAdmin(admin.ModelAdmin):
    list_display = (
        "title",
        "dates_on_site",
        "inspectorate",
        "overall_judgement",
        "published_on",
        "as_at",
        "updated_at",
    )
    list_filter = ("kind", "inspectorate", "overall_judgement")
    search_fields = (
        "summary",
        "judgements__area",
        "findings__quote",
        "recommendations__text",
        "recommendations__department_response",
    )
    ordering = ("-starts_on", "-pk")
    date_hierarchy = "starts_on"
    autocomplete_fields = ("report",)
    readonly_fields = ("updated_at",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [InspectionJudgementInline, InspectionFindingInline, InspectionRecommendationInline]
    fieldsets = (
        (None, {"fields": ("inspectorate", "kind", "summary", "overall_judgement")}),
        ("Dates", {"fields": ("starts_on", "ends_on", "date_precision", "published_on")}),
        ("The report", {"fields": ("report", "report_url")}),
        ("History", {"fields": ("as_at", "updated_at")}),
    )

    def get_changelist(self, request, **kwargs):
        return DateDrillDownChangeList

    @admin.display(description="inspection", ordering="starts_on")
    def title(self, obj):
        return obj.title

    @admin.display(description="dates on site", ordering="starts_on")
    def dates_on_site(self, obj):
        return obj.dates_text
