"""Publishers put up and take down the site-wide alert banner here.

"Stop showing now" ends a banner there and then (``AlertBanner.stop``): from the list
(an action on the ticked banners, or the button on a banner's row) or from a banner's
own form (a confirmation page). Each is a POST that only people who may change banners
(Publishers) can make; anyone else is refused and nothing changes.

Times are London time, typed in the browser's own day and time pickers (day_and_time/)
and listed as "Sat 5 Dec 2026, 14:00"; a banner with no end is listed "Until stopped".
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.views.decorators.http import require_http_methods

from day_and_time.forms import DayAndTimeWidget, LondonDateTimeField
from pages.alerts.models import AlertBanner

# "Sat 5 Dec 2026, 14:00", in London time (settings.TIME_ZONE).
LIST_TIME_FORMAT = "D j M Y, H:i"
STOP = "Stop showing now"


def london_time(moment) -> str:
    return format_date(timezone.localtime(moment), LIST_TIME_FORMAT)


@admin.register(AlertBanner)
class AlertBannerAdmin(admin.ModelAdmin):
    list_display = ["title", "severity", "shown_from", "shown_until", "showing_now"]
    list_filter = ["severity"]
    search_fields = ["title", "message"]
    fields = ["severity", "title", "message", "link_url", "link_text", "starts_at", "ends_at"]
    actions = ["stop_showing_now"]
    formfield_overrides = {
        models.DateTimeField: {"form_class": LondonDateTimeField, "widget": DayAndTimeWidget}
    }

    @admin.display(description="shown from (London time)", ordering="starts_at")
    def shown_from(self, banner):
        return london_time(banner.starts_at)

    @admin.display(description="shown until (London time)", ordering="ends_at")
    def shown_until(self, banner):
        return "Until stopped" if banner.ends_at is None else london_time(banner.ends_at)

    @admin.display(boolean=True, description="showing now")
    def showing_now(self, banner):
        return banner.is_showing_at(timezone.now())

    def get_list_display(self, request):
        if not self.has_change_permission(request):
            return self.list_display
        now = timezone.now()

        @admin.display(description="stop")
        def stop(banner):
            if not banner.is_showing_at(now):
                return "–"
            # The list sits inside the changelist's form (with its CSRF token): the button
            # posts that form to the stop view.
            return format_html(
                '<button type="submit" class="button" formaction="{}" formmethod="post" '
                'aria-label="{} “{}”">{}</button>',
                reverse("admin:pages_alertbanner_stop", args=[banner.pk]),
                STOP,
                banner.title,
                STOP,
            )

        return (*self.list_display, stop)

    def get_urls(self):
        return [
            path(
                "<int:pk>/stop/",
                self.admin_site.admin_view(require_http_methods(["GET", "POST"])(self.stop_view)),
                name="pages_alertbanner_stop",
            ),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        showing = obj is not None and obj.is_showing_at(timezone.now())
        context["stop_url"] = (
            reverse("admin:pages_alertbanner_stop", args=[obj.pk])
            if showing and self.has_change_permission(request, obj)
            else None
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.action(description=f"{STOP}: readers stop seeing them at once", permissions=["change"])
    def stop_showing_now(self, request, queryset):
        now = timezone.now()
        stopped, not_showing = [], []
        for banner in queryset:
            (stopped if banner.stop(now) else not_showing).append(banner)
        self._tell(request, stopped, not_showing, now)

    def stop_view(self, request, pk):
        """GET: ask; POST: stop the banner now and go back to the list."""
        banner = get_object_or_404(AlertBanner, pk=pk)
        if not self.has_change_permission(request, banner):
            raise PermissionDenied("Only a Publisher stops an alert banner.")
        changelist = reverse("admin:pages_alertbanner_changelist")
        if request.method == "POST":
            now = timezone.now()
            stopped = banner.stop(now)
            self._tell(request, [banner] if stopped else [], [] if stopped else [banner], now)
            return HttpResponseRedirect(changelist)
        return TemplateResponse(
            request,
            "admin/pages/alertbanner/stop_confirmation.html",
            {
                **self.admin_site.each_context(request),
                "title": f"{STOP}: “{banner.title}”",
                "opts": self.opts,
                "banner": banner,
                "showing": banner.is_showing_at(timezone.now()),
                "ends": banner.ends_at and london_time(banner.ends_at),
                "changelist_url": changelist,
                "change_url": reverse("admin:pages_alertbanner_change", args=[banner.pk]),
            },
        )

    def _tell(self, request, stopped, not_showing, now):
        names = ", ".join(f"“{banner.title}”" for banner in stopped)
        if stopped:
            self.message_user(
                request,
                f"Stopped at {london_time(now)}: {names}. Readers no longer see "
                f"{'it' if len(stopped) == 1 else 'them'} on any page.",
                messages.SUCCESS,
            )
        for banner in not_showing:
            if banner.starts_at > now:
                why = "has not started yet: change its times or delete it"
            else:
                why = "had already ended"
            self.message_user(
                request, f"“{banner.title}” {why}. Nothing changed.", messages.WARNING
            )
