"""The review list (Reviews › Review requests), and asking, sending back and publishing.

Editors and Publishers see one list: what waits, who asked and when, the note,
a link to compare the draft with what readers see now, and the answer. Only
someone who may publish the draft (djangocms-versioning's ``check_publish``)
is offered Publish and Send back; only someone who may change it
(``check_modify``) is offered to ask. Every view checks again on POST.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from djangocms_versioning import versionables
from djangocms_versioning.constants import DRAFT, PUBLISHED
from djangocms_versioning.helpers import get_preview_url
from djangocms_versioning.models import Version

from reviews.forms import AskForm, SendBackForm
from reviews.models import ReviewRequest
from reviews.notify import name_of, publishers_of, tell_editor, tell_publishers, what
from reviews.schedule_admin import (
    ListOnlyAdmin,
    describe,
    schedule_url,
    waiting_for,
    what_with_versions,
)


def version_admin_url(version, action, *args):
    proxy = versionables.for_content(version.content).version_model_proxy
    return reverse(f"admin:{proxy._meta.app_label}_{proxy._meta.model_name}_{action}", args=args)


def compare_url(version):
    """The draft beside what readers see now (versioning's compare view), or alone if new."""
    live = (
        Version.objects.filter_by_content_grouping_values(version.content)
        .filter(state=PUBLISHED)
        .first()
    )
    if live is None:
        return version_admin_url(version, "compare", version.pk)
    return version_admin_url(live, "compare", live.pk) + f"?compare_to={version.pk}"


def can_publish(version, user) -> bool:
    return bool(version.state == DRAFT and version.check_publish.as_bool(user))


@admin.register(ReviewRequest)
class ReviewRequestAdmin(ListOnlyAdmin):
    list_display = ("item", "asked_by_name", "asked_at", "note", "state", "answer")
    list_filter = ("state",)
    list_select_related = ("asked_by", "answered_by", "version__content_type")
    # No link to a request's own page: the row says it all, and its "what" cell links already.
    list_display_links = None
    date_hierarchy = None

    # The list is read-only: requests are made, answered and published by the views below.

    @admin.display(description="what")
    def item(self, review):
        return what_with_versions(review.version)

    @admin.display(description="asked by", ordering="asked_by__username")
    def asked_by_name(self, review):
        return name_of(review.asked_by)

    @admin.display(description="answer")
    def answer(self, review):
        if review.state == ReviewRequest.State.WAITING:
            scheduled = waiting_for(review.version)
            return "; ".join(describe(change) for change in scheduled) or "–"
        return format_html(
            "{} by {}{}",
            review.get_state_display(),
            name_of(review.answered_by) if review.answered_by else "a Publisher",
            format_html(": “{}”", review.comment) if review.comment else "",
        )

    def get_list_display(self, request):
        """The columns, and the actions this person may take on each request."""

        @admin.display(description="actions")
        def actions(review):
            return self.actions_for(review, request)

        return (*super().get_list_display(request), actions)

    def actions_for(self, review, request):
        version = review.version
        links = [format_html('<a href="{}">Compare</a>', compare_url(version))]
        if review.state == ReviewRequest.State.WAITING and can_publish(version, request.user):
            # The list is already inside the admin's changelist form (with its CSRF token), and
            # a form in a form is dropped by the browser: the button posts that form here.
            links.append(
                format_html(
                    '<button type="submit" class="button" formaction="{}" formmethod="post">'
                    "Publish</button>",
                    reverse("admin:reviews_reviewrequest_publish", args=[review.pk]),
                )
            )
            links.append(
                format_html(
                    '<a href="{}">Schedule</a>', schedule_url(version, request.get_full_path())
                )
            )
            links.append(
                format_html(
                    '<a href="{}">Send back</a>',
                    reverse("admin:reviews_reviewrequest_send_back", args=[review.pk]),
                )
            )
        return format_html(" · ".join(["{}"] * len(links)), *links)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("ask/<int:version_pk>/", wrap(self.ask_view), name="reviews_reviewrequest_ask"),
            path(
                "<int:pk>/send-back/",
                wrap(self.send_back_view),
                name="reviews_reviewrequest_send_back",
            ),
            path(
                "<int:pk>/publish/",
                wrap(require_POST(self.publish_view)),
                name="reviews_reviewrequest_publish",
            ),
            *super().get_urls(),
        ]

    def _back(self, request, fallback=None):
        target = request.POST.get("next") or request.GET.get("next")
        if target and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return HttpResponseRedirect(target)
        return HttpResponseRedirect(fallback or reverse("admin:reviews_reviewrequest_changelist"))

    def ask_view(self, request, version_pk):
        version = get_object_or_404(Version, pk=version_pk)
        if version.state != DRAFT or not version.check_modify.as_bool(request.user):
            raise PermissionDenied("Only the draft's editor can ask for its review.")
        form = AskForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            try:
                with transaction.atomic():
                    review = ReviewRequest.objects.create(
                        version=version, asked_by=request.user, note=form.cleaned_data["note"]
                    )
            except IntegrityError:
                messages.info(request, "This draft is already waiting for a Publisher.")
                return self._back(request)
            tell_publishers(review)
            names = ", ".join(name_of(user) for user in publishers_of(version)) or "none yet"
            messages.success(request, f"Sent for review. The Publishers: {names}.")
            return self._back(request)
        return TemplateResponse(
            request,
            "reviews/ask.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Ask for a review of {what(version)}",
                "form": form,
                "version": version,
                "compare_url": compare_url(version),
                "preview_url": get_preview_url(version.content),
                "publishers": [name_of(user) for user in publishers_of(version)],
                "next": request.GET.get("next", ""),
                "waiting": ReviewRequest.objects.waiting().for_version(version).exists(),
            },
        )

    def _answerable(self, request, pk):
        review = get_object_or_404(ReviewRequest.objects.select_related("version"), pk=pk)
        if review.state != ReviewRequest.State.WAITING:
            messages.info(request, "This request has been answered already.")
            return review, False
        if not can_publish(review.version, request.user):
            raise PermissionDenied("Only a Publisher answers a review request.")
        return review, True

    def send_back_view(self, request, pk):
        review, open_ = self._answerable(request, pk)
        if not open_:
            return self._back(request)
        form = SendBackForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            review.answer(ReviewRequest.State.SENT_BACK, request.user, form.cleaned_data["comment"])
            tell_editor(review)
            messages.success(request, f"Sent back to {name_of(review.asked_by)}.")
            return self._back(request)
        return TemplateResponse(
            request,
            "reviews/send_back.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Send {what(review.version)} back",
                "form": form,
                "review": review,
                "compare_url": compare_url(review.version),
            },
        )

    def publish_view(self, request, pk):
        review, open_ = self._answerable(request, pk)
        if open_:
            # versioning's publish; reviews.models.version_operation_done answers the request
            try:
                review.version.publish(request.user)
            except (IntegrityError, ValueError) as error:  # an address another page took since
                messages.error(request, f"Not published: {error}")
            else:
                messages.success(request, f"Published {what(review.version)}.")
        return self._back(request)
