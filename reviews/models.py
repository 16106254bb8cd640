"""A request that a Publisher review a draft, and the Publisher's answer.

One request points at one draft ``Version`` (of a page or a publication). It waits
until a Publisher publishes the draft (here, or with versioning's own Publish) or
sends it back with a comment; asking again after a change makes a new request,
so the list keeps the whole conversation.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ReviewRequestQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(state=ReviewRequest.State.WAITING)

    def for_version(self, version):
        return self.filter(version=version)

    def latest_for(self, version):
        return self.for_version(version).order_by("-asked_at", "-pk").first()


class ReviewRequest(models.Model):
    class State(models.TextChoices):
        WAITING = "waiting", "Waiting for a Publisher"
        SENT_BACK = "sent-back", "Sent back"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Draft archived"

    version = models.ForeignKey(
        "djangocms_versioning.Version", on_delete=models.CASCADE, related_name="review_requests"
    )
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="review_requests"
    )
    asked_at = models.DateTimeField("asked", default=timezone.now)
    note = models.TextField("note for the Publisher", blank=True, max_length=2000)
    state = models.CharField(max_length=16, choices=State.choices, default=State.WAITING)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="review_answers",
    )
    answered_at = models.DateTimeField("answered", null=True, blank=True)
    comment = models.TextField("Publisher's comment", blank=True, max_length=2000)

    objects = ReviewRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-asked_at", "-pk"]
        verbose_name = "review request"
        constraints = [
            models.UniqueConstraint(
                fields=["version"],
                condition=models.Q(state="waiting"),
                name="one_waiting_review_per_version",
            )
        ]

    def __str__(self):
        return f"{self.version.content} ({self.get_state_display().lower()})"

    def answer(self, state, user, comment=""):
        self.state, self.answered_by, self.comment = state, user, comment
        self.answered_at = timezone.now()
        self.save(update_fields=["state", "answered_by", "answered_at", "comment"])


def version_operation_done(sender, operation, obj, **kwargs):
    """A draft someone asked about was published by versioning's own Publish, or archived:
    the request is answered (it would otherwise wait for ever).

    The signal comes inside the publish's transaction: the editor is told once it has
    committed, so a publish that rolls back sends no "Published" email (and no mail server
    is waited for while the transaction is open).
    """
    from functools import partial

    from django.db import transaction
    from djangocms_versioning.constants import OPERATION_ARCHIVE, OPERATION_PUBLISH

    from reviews.notify import tell_editor

    outcomes = {
        OPERATION_PUBLISH: ReviewRequest.State.PUBLISHED,
        OPERATION_ARCHIVE: ReviewRequest.State.ARCHIVED,
    }
    if operation not in outcomes:
        return
    for request in ReviewRequest.objects.waiting().for_version(obj):
        tracked = obj.statetracking_set.order_by("-date", "-pk").first()
        request.answer(outcomes[operation], tracked.user if tracked else None)
        if operation == OPERATION_PUBLISH:
            transaction.on_commit(partial(tell_editor, request))


class ScheduledChangeQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(state=ScheduledChange.State.WAITING)

    def due(self, now):
        return self.waiting().filter(at__lte=now).order_by("at", "pk")

    def for_version(self, version):
        return self.filter(version=version)


class ScheduledChange(models.Model):
    """A Publisher's decision that a version goes live, or is withdrawn, at a given minute.

    Nothing changes until that minute: the draft stays a draft and what readers see
    stays live. At the minute djangocms-versioning's own publish (or unpublish) runs,
    as the Publisher who scheduled it (reviews/schedules.py), so everything that
    follows a publish (old addresses, search, caches, the review request) follows it.
    """

    class Action(models.TextChoices):
        PUBLISH = "publish", "Go live"
        WITHDRAW = "withdraw", "Withdraw"

    class State(models.TextChoices):
        WAITING = "waiting", "Scheduled"
        DONE = "done", "Done"
        NOT_DONE = "not-done", "Not done"
        CANCELLED = "cancelled", "Cancelled"

    version = models.ForeignKey(
        "djangocms_versioning.Version", on_delete=models.CASCADE, related_name="scheduled_changes"
    )
    action = models.CharField(max_length=16, choices=Action.choices)
    at = models.DateTimeField("when (London time)")
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="scheduled_changes"
    )
    scheduled_at = models.DateTimeField("scheduled", default=timezone.now)
    state = models.CharField(max_length=16, choices=State.choices, default=State.WAITING)
    done_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=300, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cancelled_changes",
    )

    objects = ScheduledChangeQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "scheduled change"
        constraints = [
            models.UniqueConstraint(
                fields=["version", "action"],
                condition=models.Q(state="waiting"),
                name="one_waiting_change_per_version_and_action",
            )
        ]
        indexes = [models.Index(fields=["state", "at"], name="scheduled_state_at")]

    def __str__(self):
        return f"{self.get_action_display()}: {self.version.content}"
