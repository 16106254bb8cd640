"""Readers' answers to "Is this page useful?", with counts for each page.

Answers come from readers, so nobody edits them here: staff read them, and
Publishers may delete them (the retention command deletes old ones anyway).
"""

from django.contrib import admin
from django.db.models import Count, Q

from admin_changelists import DateDrillDownChangeList
from feedback.models import PageFeedback


@admin.register(PageFeedback)
class PageFeedbackAdmin(admin.ModelAdmin):
    list_display = ["path", "useful", "looking_for", "created_at"]
    list_filter = ["useful", "created_at"]
    search_fields = ["path", "looking_for"]
    date_hierarchy = "created_at"
    readonly_fields = ["path", "useful", "looking_for", "created_at"]
    change_list_template = "admin/feedback/pagefeedback/change_list.html"

    def get_changelist(self, request, **kwargs):
        return DateDrillDownChangeList

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context=extra_context)
        if hasattr(response, "context_data") and "cl" in response.context_data:
            answers = response.context_data["cl"].queryset.order_by()
            response.context_data["pages_summary"] = (
                answers.values("path")
                .annotate(
                    total=Count("pk"),
                    yes=Count("pk", filter=Q(useful=True)),
                    no=Count("pk", filter=Q(useful=False)),
                    comments=Count("pk", filter=~Q(looking_for="")),
                )
                .order_by("-total", "path")[:100]
            )
        return response
