"""Publishers change the governance bodies, their duties and relationships here.

Editors may only view them (the roles grant view permission only). Every
change is in the admin's history: who changed what, and when.
"""

from django.contrib import admin
from django.db import models
from django.db.models import Count

from pages.governance.models import BodyDuty, BodyRelationship, GovernanceBody


class BodyDutyInline(admin.TabularInline):
    model = BodyDuty
    fields = ["position", "text"]
    extra = 0
    ordering = ["position", "pk"]


class BodyRelationshipInline(admin.TabularInline):
    """The body's own relationships: it reports to, is accountable to or links with others."""

    model = BodyRelationship
    fk_name = "from_body"
    fields = ["kind", "to_body", "to_name", "source"]
    autocomplete_fields = ["to_body"]
    extra = 0
    verbose_name = "relationship to another body"
    verbose_name_plural = "relationships to other bodies (only those a source states)"


@admin.register(GovernanceBody)
class GovernanceBodyAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "short_name",
        "kind",
        "chair",
        "meets",
        "relationship_count",
        "position",
        "as_at",
        "updated_at",
    ]
    list_display_links = ["name"]
    list_editable = ["position"]
    list_filter = ["kind", "chair", "meets"]
    search_fields = ["name", "short_name", "other_names", "purpose", "statutory_basis"]
    ordering = ["kind", "position", "name"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["updated_at", "page_link"]
    inlines = [BodyDutyInline, BodyRelationshipInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "other_names", "kind"]}),
        (
            "What it is",
            {"fields": ["statutory_basis", "chair", "meets", "purpose", "duties_heading"]},
        ),
        ("Link out and sources", {"fields": ["link_url", "link_text", "source_note", "as_at"]}),
        ("On the page", {"fields": ["position", "page_link", "updated_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(relationship_total=Count("relationships"))

    @admin.display(description="relationships", ordering="relationship_total")
    def relationship_count(self, body):
        return body.relationship_total

    @admin.display(description="address of its section")
    def page_link(self, body):
        return body.get_absolute_url() if body.slug else "(made from the name when saved)"


@admin.register(BodyRelationship)
class BodyRelationshipAdmin(admin.ModelAdmin):
    """Every relationship in one list, to check the picture's lines against the sources."""

    list_display = ["from_body", "kind", "other_end", "source", "updated_at"]
    list_filter = ["kind", "from_body__kind", "to_body__kind"]
    search_fields = ["from_body__name", "to_body__name", "to_name", "source"]
    ordering = ["from_body__name", "kind", "to_body__name", "to_name"]
    autocomplete_fields = ["from_body", "to_body"]
    readonly_fields = ["updated_at"]
    list_select_related = ["from_body", "to_body"]

    @admin.display(description="to", ordering="to_body__name")
    def other_end(self, relationship):
        """The body, or the name its source gives (said so)."""
        if relationship.to_body_id:
            return relationship.to_body.name
        return f"{relationship.to_name} (named so in the source)"
