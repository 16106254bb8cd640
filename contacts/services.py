"""The answer a page or the JSON endpoint shows: the status at a moment, with the lines.

The clock is read here, once per request, and nowhere deeper: every part of a
page that shows the answer (the card, its cache expiry) asks ``answer_for`` and
gets the same moment, so what a page says and how long it may be cached always
agree.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from django.http import HttpRequest
from django.utils import timezone

from contacts.choices import LineKind
from contacts.models import ContactLine
from contacts.seed import fallback_lines
from contacts.status import LineStatus, Schedule, load_schedule, status_at

REQUEST_ATTRIBUTE = "_contacts_answer"


@dataclass(frozen=True)
class ContactAnswer:
    """Which line to call at ``status.moment``, and both lines' details."""

    status: LineStatus
    lines: Mapping[str, ContactLine]
    schedule: Schedule

    @property
    def line(self) -> ContactLine:
        """The line that applies."""
        return self.lines[self.status.line]

    @property
    def other_line(self) -> ContactLine:
        """The line that does not apply now: still listed, less prominently."""
        other = LineKind.OUT_OF_HOURS if self.status.line == LineKind.OFFICE else LineKind.OFFICE
        return self.lines[other]

    @property
    def office(self) -> ContactLine:
        return self.lines[LineKind.OFFICE]

    @property
    def out_of_hours(self) -> ContactLine:
        return self.lines[LineKind.OUT_OF_HOURS]

    @property
    def office_is_open(self) -> bool:
        return self.status.line == LineKind.OFFICE


def contact_lines() -> dict[str, ContactLine]:
    """Both lines by kind, from the database; the seeded details stand in for a missing one."""
    lines = fallback_lines()
    lines.update({line.kind: line for line in ContactLine.objects.all()})
    return lines


def answer_at(moment: datetime) -> ContactAnswer:
    """The answer for ``moment`` (timezone-aware), read from the database."""
    schedule = load_schedule()
    return ContactAnswer(status_at(moment, schedule), contact_lines(), schedule)


def answer_for(request: HttpRequest) -> ContactAnswer:
    """The answer for this request: the clock is read and the data loaded once per request."""
    answer = getattr(request, REQUEST_ATTRIBUTE, None)
    if answer is None:
        answer = answer_at(timezone.now())
        setattr(request, REQUEST_ATTRIBUTE, answer)
    return answer


def seconds_until(moment: datetime | None, now: datetime) -> int | None:
    """Whole seconds from ``now`` to ``moment``, rounded down so a cache never outlives it.

    None when there is no such moment; 0 when it has passed.
    """
    if moment is None:
        return None
    return max(0, math.floor((moment - now).total_seconds()))
