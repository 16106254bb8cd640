"""Publishers put up and take down the site-wide alert banner here."""

from django.contrib import admin
from django.utils import timezone

from pages.alerts.models import AlertBanner


@admin.register(AlertBanner)
class AlertBannerAdmin(admin.ModelAdmin):
    list_display = ["title", "severity", "starts_at", "ends_at", "showing_now"]
    list_filter = ["severity"]
    search_fields = ["title", "message"]
    fields = ["severity", "title", "message", "link_url", "link_text", "starts_at", "ends_at"]

    @admin.display(boolean=True, description="showing now")
    def showing_now(self, banner):
        now = timezone.now()
        return banner.starts_at <= now < banner.ends_at
