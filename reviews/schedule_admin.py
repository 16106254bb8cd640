"""Scheduled publishing in the admin: the list of what is scheduled, and the schedule form.

A Publisher (whoever may publish the version: djangocms-versioning's
``has_publish_permission``) schedules a draft to go live at a minute, optionally
with a withdrawal later, or the live version's withdrawal; moves a schedule by
scheduling again; cancels it from the list. Editors see the list. Times are
London time everywhere (the site's ``TIME_ZONE``).
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_POST
from djangocms_versioning.constants import DRAFT, PUBLISHED
from djangocms_versioning.helpers import get_preview_url, version_list_url
from djangocms_versioning.models import Version

from reviews.forms import ScheduleForm
from reviews.models import ScheduledChange
from reviews.notify import name_of, what
from reviews.schedules import describe

Action = ScheduledChange.Action


def what_with_versions(version):
    """A list's "what" cell: "Page “About us”", and a link to the item's versions."""
    return format_html(
        '{} <a href="{}">versions</a>', what(version), version_list_url(version.content)
    )


def may_schedule(version, user) -> bool:
    return version.state in (DRAFT, PUBLISHED) and version.has_publish_permission(user)


def schedule_url(version, next_url="") -> str:
    url = reverse("admin:reviews_scheduledchange_schedule", args=[version.pk])
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def waiting_for(version):
    return list(
        ScheduledChange.objects.waiting().for_version(version).select_related("scheduled_by")
    )


class ListOnlyAdmin(admin.ModelAdmin):
    """A list staff with the model's view permission may read, and no one edits through the
    admin's own forms: the app's views make, answer and cancel its rows."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        user, opts = request.user, self.opts
        return (
            user.is_active
            and user.is_staff
            and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
        )

    def has_module_permission(self, request):
        return self.has_view_permission(request)


@admin.register(ScheduledChange)
class ScheduledChangeAdmin(ListOnlyAdmin):
    list_display = ("item", "when", "by", "state_and_outcome")
    list_filter = ("state",)
    list_select_related = ("scheduled_by", "cancelled_by", "version__content_type")
    list_display_links = None

    def get_queryset(self, request):
        return (
            super().get_queryset(request).order_by("-state", "at")
        )  # waiting first, soonest first

    # Schedules are made by the schedule form and cancelled from the list, never edited here.

    @admin.display(description="what")
    def item(self, change):
        return what_with_versions(change.version)

    @admin.display(description="change (London time)", ordering="at")
    def when(self, change):
        return f"{change.get_action_display()} {timezone.localtime(change.at):%a %-d %b %Y, %H:%M}"

    @admin.display(description="scheduled by", ordering="scheduled_by__username")
    def by(self, change):
        return name_of(change.scheduled_by)

    @admin.display(description="state")
    def state_and_outcome(self, change):
        if change.state == ScheduledChange.State.CANCELLED and change.cancelled_by:
            return f"Cancelled by {name_of(change.cancelled_by)}"
        if change.outcome:
            return f"{change.get_state_display()}: {change.outcome}"
        return change.get_state_display()

    def get_list_display(self, request):
        @admin.display(description="actions")
        def actions(change):
            if change.state != ScheduledChange.State.WAITING or not may_schedule(
                change.version, request.user
            ):
                return "–"
            # The list sits inside the changelist's form (with its CSRF token): the
            # button posts that form to the cancel view.
            return format_html(
                '<a href="{}">Move</a> · <button type="submit" class="button" formaction="{}" '
                'formmethod="post">Cancel</button>',
                schedule_url(change.version, request.get_full_path()),
                reverse("admin:reviews_scheduledchange_cancel", args=[change.pk]),
            )

        return (*super().get_list_display(request), actions)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "schedule/<int:version_pk>/",
                wrap(self.schedule_view),
                name="reviews_scheduledchange_schedule",
            ),
            path(
                "<int:pk>/cancel/",
                wrap(require_POST(self.cancel_view)),
                name="reviews_scheduledchange_cancel",
            ),
            *super().get_urls(),
        ]

    def _back(self, request):
        target = request.POST.get("next") or request.GET.get("next")
        if target and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return HttpResponseRedirect(target)
        return HttpResponseRedirect(reverse("admin:reviews_scheduledchange_changelist"))

    def schedule_view(self, request, version_pk):
        version = get_object_or_404(Version, pk=version_pk)
        if not may_schedule(version, request.user):
            raise PermissionDenied("Only a Publisher schedules a draft or a withdrawal.")
        draft = version.state == DRAFT
        waiting = {change.action: change for change in waiting_for(version)}
        initial = {
            "go_live_at" if action == Action.PUBLISH else "withdraw_at": change.at
            for action, change in waiting.items()
        }
        form = ScheduleForm(
            request.POST if request.method == "POST" else None, draft=draft, initial=initial
        )
        if request.method == "POST" and form.is_valid():
            wanted = {
                Action.PUBLISH: form.cleaned_data.get("go_live_at"),
                Action.WITHDRAW: form.cleaned_data.get("withdraw_at"),
            }
            self._save(request, version, waiting, wanted)
            return self._back(request)
        return TemplateResponse(
            request,
            "reviews/schedule.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Schedule {what(version)}",
                "form": form,
                "version": version,
                "draft": draft,
                "waiting": [describe(change) for change in waiting.values()],
                "preview_url": get_preview_url(version.content),
                "next": request.GET.get("next") or request.POST.get("next", ""),
            },
        )

    def _save(self, request, version, waiting, wanted):
        now = timezone.now()
        with transaction.atomic():
            for action, at in wanted.items():
                change = waiting.get(action)
                if at is None:
                    if change is not None:  # emptied: that part of the schedule is cancelled
                        self._cancel(change, request.user, now)
                    continue
                if change is None:
                    change = ScheduledChange(version=version, action=action)
                change.at, change.scheduled_by, change.scheduled_at = at, request.user, now
                change.save()
        made = [describe(change) for change in waiting_for(version)]
        messages.success(request, f"{what(version)}: " + "; ".join(made) + ".")

    @staticmethod
    def _cancel(change, user, now):
        change.state, change.cancelled_by, change.done_at = (
            ScheduledChange.State.CANCELLED,
            user,
            now,
        )
        change.save(update_fields=["state", "cancelled_by", "done_at"])

    def cancel_view(self, request, pk):
        change = get_object_or_404(ScheduledChange.objects.select_related("version"), pk=pk)
        if not may_schedule(change.version, request.user):
            raise PermissionDenied("Only a Publisher cancels a schedule.")
        if change.state != ScheduledChange.State.WAITING:
            messages.info(request, "This schedule was no longer waiting: nothing was cancelled.")
            return self._back(request)
        self._cancel(change, request.user, timezone.now())
        messages.success(request, f"Cancelled: {describe(change)}. Nothing changes for readers.")
        return self._back(request)
