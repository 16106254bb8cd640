"""Scheduled publishing: a version goes live, or is withdrawn, at the minute a Publisher chose.

Until that minute nothing changes: the draft stays a draft and the live version
stays live (no 404 or 410 in between, no redirect recorded). At the minute
djangocms-versioning's own ``publish()`` (or ``unpublish()``) runs, as the Publisher
who scheduled it, so every list, the search index, old addresses, the caches and
the review request change together, exactly as after a Publish by hand.

Who makes the change at the minute: the site's freshness check
(site_cache/generation.py), which every request passes through, asks each app for
its next change (``ReviewsConfig.next_page_change``) and, once that moment has
passed, has it made (``ReviewsConfig.make_due_changes``) before it serves anything:
the first request at or after the minute, in any process, publishes, and no kept
page outlives it. ``manage.py make_scheduled_changes`` does the same from cron for
a site nobody is visiting.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from djangocms_versioning import versionables
from djangocms_versioning.constants import DRAFT, PUBLISHED

from reviews.models import ScheduledChange
from reviews.notify import name_of

logger = logging.getLogger(__name__)

Action, State = ScheduledChange.Action, ScheduledChange.State


def next_change(after: datetime) -> datetime | None:
    """The earliest waiting change; one already due (the site was down at its minute)
    comes back as it is, so the next request makes it."""
    del after  # every waiting change counts, however early: an overdue one is made next
    first = ScheduledChange.objects.waiting().order_by("at").values_list("at", flat=True).first()
    return first


def make_due_changes(now: datetime | None = None) -> list[ScheduledChange]:
    """Make every change whose minute has come; each exactly once, whoever else is trying."""
    now = now or timezone.now()
    made = []
    for change in ScheduledChange.objects.due(now).select_related("version", "scheduled_by"):
        if _make(change, now):
            made.append(change)
    return made


def _make(change: ScheduledChange, now: datetime) -> bool:
    try:
        with transaction.atomic():
            # Claim it: another process seeing the same minute finds it taken.
            claimed = ScheduledChange.objects.filter(pk=change.pk, state=State.WAITING).update(
                state=State.DONE, done_at=now
            )
            if not claimed:
                return False
            refusal = _refusal(change)
            if refusal is None:
                version = change.version
                if change.action == Action.PUBLISH:
                    version.publish(change.scheduled_by)
                else:
                    version.unpublish(change.scheduled_by)
    except Exception as error:  # a reader's request must not fail for it
        logger.exception("scheduled change %s could not be made", change.pk)
        refusal = f"It could not be made: {error}"
    if refusal is not None:
        ScheduledChange.objects.filter(pk=change.pk).update(
            state=State.NOT_DONE, done_at=now, outcome=refusal[:300]
        )
        logger.warning("scheduled change %s not made: %s", change.pk, refusal)
        return False
    return True


def _refusal(change: ScheduledChange) -> str | None:
    """Why the change must not be made now, in words for the list; ``None`` if it may."""
    version, user = change.version, change.scheduled_by
    if change.action == Action.PUBLISH:
        if version.state != DRAFT:
            return f"The version was no longer a draft ({version.get_state_display().lower()})."
        if version.modified > change.scheduled_at:
            return "The draft changed after it was scheduled: check it and schedule it again."
        if not (user.is_active and version.has_publish_permission(user)):
            return f"{user.get_username()} may no longer publish it."
        return None
    if version.state != PUBLISHED:
        return "The version was not live at that time."
    if not (user.is_active and version.has_publish_permission(user)):
        return f"{user.get_username()} may no longer withdraw it."
    return None


def london(moment) -> str:
    """ "Tuesday 12 January 2027, 09:00 (London time)"."""
    return f"{timezone.localtime(moment):%A %-d %B %Y, %H:%M} (London time)"


def describe(change) -> str:
    """ "Goes live Tuesday 12 January 2027, 09:00 (London time), scheduled by Pat Jones"."""
    verb = "Goes live" if change.action == Action.PUBLISH else "Withdrawn"
    return f"{verb} {london(change.at)}, scheduled by {name_of(change.scheduled_by)}"


def waiting_by_item(request=None) -> dict[tuple[type, int], list[ScheduledChange]]:
    """Every waiting change, by what it is a version of (the content's model and its grouper's
    id: a page, a publication), soonest first: what a list shows beside each item. Read once
    per request when one is given (waiting changes are few; a list asks for every row)."""
    if request is not None and hasattr(request, "_waiting_schedules"):
        return request._waiting_schedules
    found = defaultdict(list)
    waiting = ScheduledChange.objects.waiting().select_related("version", "scheduled_by")
    for change in waiting.order_by("at", "pk"):
        content = change.version.content
        grouper = versionables.for_content(content).grouper_field_name
        found[(type(content), getattr(content, f"{grouper}_id"))].append(change)
    if request is not None:
        request._waiting_schedules = found
    return found


def scheduled_for(content, request=None) -> list[ScheduledChange]:
    """The waiting changes of any version of ``content``'s page or publication."""
    grouper = versionables.for_content(content).grouper_field_name
    return waiting_by_item(request).get((type(content), getattr(content, f"{grouper}_id")), [])
