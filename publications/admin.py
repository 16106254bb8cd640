"""Admin for publications: editors add and change drafts; publishers publish.

A member of "Editor" can add publications and change unpublished ones; the
"published" switch, and the file of a published publication, are read-only
unless the user has ``publications.publish_publication`` ("Publisher"). Read-only
fields are left out of the admin form, so a hand-made POST cannot change them.
"""

from django.contrib import admin
from django.utils.html import format_html

from admin_changelists import DateDrillDownChangeList
from publications.formatting import format_file_size, format_page_count
from publications.models import (
    EarlierFile,
    Publication,
    PublicationSettings,
    Topic,
)

PUBLISH_PERMISSION = "publications.publish_publication"


class EarlierFileInline(admin.TabularInline):
    model = EarlierFile
    extra = 0
    can_delete = False
    fields = ("original_filename", "facts", "replaced_at")
    readonly_fields = fields
    verbose_name_plural = "Earlier versions (kept when the PDF is replaced)"

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="file")
    def facts(self, obj):
        return f"PDF, {format_file_size(obj.file_size)}, {format_page_count(obj.page_count)}"


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "document_year", "date_submitted", "is_published", "facts")
    list_filter = (
        "kind",
        "topics",
        ("document_year", admin.AllValuesFieldListFilter),
        "is_published",
    )
    search_fields = ("title", "summary", "slug")
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("topics",)
    autocomplete_fields = ("supersedes",)
    inlines = [EarlierFileInline]
    date_hierarchy = "date_submitted"
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "topics", "summary")}),
        ("The document", {"fields": ("file", "facts", "original_filename", "date_updated")}),
        ("Dates", {"fields": ("document_date", "document_year", "date_submitted")}),
        ("More", {"fields": ("body", "supersedes", "is_published")}),
    )

    @admin.display(description="file")
    def facts(self, obj):
        if not obj.file_size:
            return "Worked out from the PDF when it is saved"
        return format_html(
            "PDF, {}, {}", format_file_size(obj.file_size), format_page_count(obj.page_count)
        )

    def get_changelist(self, request, **kwargs):
        return DateDrillDownChangeList

    def get_readonly_fields(self, request, obj=None):
        readonly = ["facts", "original_filename", "date_updated"]
        if not request.user.has_perm(PUBLISH_PERMISSION):
            readonly.append("is_published")
            if obj is not None and obj.is_published:
                readonly.append("file")
        return readonly


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(PublicationSettings)
class PublicationSettingsAdmin(admin.ModelAdmin):
    list_display = ("__str__", "accessible_format_email")

    def has_add_permission(self, request):
        return not PublicationSettings.objects.exists()
