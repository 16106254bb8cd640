"""The answer a page or the JSON endpoint shows: the status at a moment, with the lines.

The clock is read here, once per request, and nowhere deeper: every part of a
page that shows the answer (the card, its cache expiry) asks ``answer_for`` and
gets the same moment, so what a page says and how long it may be cached always
agree.
"""

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from django.db import connections, router
from django.db.models import CharField, F, Model, QuerySet, Value
from django.db.models.functions import JSONObject
from django.http import HttpRequest
from django.utils import timezone

from contacts.choices import LineKind
from contacts.models import BankHolidayException, Closure, ContactLine, OpeningHours
from contacts.seed import fallback_lines
from contacts.status import ClosurePeriod, LineStatus, Schedule, status_at

REQUEST_ATTRIBUTE = "_contacts_answer"
DATA_REQUEST_ATTRIBUTE = "_contacts_data"


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


@dataclass(frozen=True)
class ContactData:
    """Everything the contact answer is worked out from: both lines and the office's schedule."""

    lines: Mapping[str, ContactLine]
    schedule: Schedule


def _rows(queryset: QuerySet, source: str, fields: tuple[str, ...]) -> QuerySet:
    """One kind of record as (source, JSON object of ``fields``) rows, for a UNION ALL."""
    return (
        queryset.order_by()  # a compound query takes no ORDER BY in its parts
        .annotate(
            contacts_source=Value(source, output_field=CharField()),
            contacts_row=JSONObject(**{name: F(name) for name in fields}),
        )
        .values_list("contacts_source", "contacts_row")
    )


def _instance(model: type[Model], row: dict) -> Model:
    """A model instance from a JSON row: each value read back the way its field reads it."""
    return model(
        **{
            model._meta.get_field(name).attname: model._meta.get_field(name).to_python(value)
            for name, value in row.items()
        }
    )


LINE_FIELDS = ("id", "name", "kind", "purpose", "phone", "email", "address", "display_order")
SOURCES = {
    "line": (ContactLine, LINE_FIELDS),
    "hours": (OpeningHours, ("weekday", "opens_at", "closes_at")),
    "closure": (Closure, ("starts_on", "ends_on", "reason")),
    "bank holiday": (BankHolidayException, ("date",)),
}


_compiled_union: dict[tuple[str, str], tuple[str, tuple]] = {}


def _contact_rows() -> list[tuple[str, dict | str]]:
    """(source, JSON row) for every contact record, in one query.

    The query never changes, so its SQL is worked out once per database and
    process: building it through the ORM on every render cost more than running it.
    """
    connection = connections[router.db_for_read(ContactLine)]
    key = (connection.alias, connection.vendor)
    if key not in _compiled_union:
        parts = [
            _rows(model.objects.all(), source, fields)
            for source, (model, fields) in SOURCES.items()
        ]
        union = parts[0].union(*parts[1:], all=True)
        _compiled_union[key] = union.query.get_compiler(connection=connection).as_sql()
    sql, params = _compiled_union[key]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def load_contact_data() -> ContactData:
    """Both lines and the schedule, in one round trip to the database.

    Every page shows the numbers (the footer) and some the card too, so this is
    read on every page that is rendered: the four small tables come back as one
    UNION ALL of JSON rows instead of four queries. The seeded details stand in
    for a missing line.
    """
    records: dict[str, list] = {source: [] for source in SOURCES}
    for source, row in _contact_rows():
        model, _ = SOURCES[source]
        records[source].append(_instance(model, json.loads(row) if isinstance(row, str) else row))
    lines = fallback_lines()
    lines.update(
        {
            line.kind: line
            for line in sorted(records["line"], key=lambda line: (line.display_order, line.pk))
        }
    )
    schedule = Schedule(
        opening_hours={
            row.weekday: (row.opens_at, row.closes_at)
            for row in sorted(records["hours"], key=lambda row: row.weekday)
        },
        closures=tuple(
            ClosurePeriod(closure.starts_on, closure.ends_on, closure.reason)
            for closure in sorted(records["closure"], key=lambda closure: closure.starts_on)
        ),
        open_on_bank_holidays=frozenset(row.date for row in records["bank holiday"]),
    )
    return ContactData(lines, schedule)


def contact_data_for(request: HttpRequest | None) -> ContactData:
    """The contact data for this request, loaded once however many parts of the page show it."""
    if request is None:
        return load_contact_data()
    data = getattr(request, DATA_REQUEST_ATTRIBUTE, None)
    if data is None:
        data = load_contact_data()
        setattr(request, DATA_REQUEST_ATTRIBUTE, data)
    return data


def answer_from(moment: datetime, data: ContactData) -> ContactAnswer:
    """The answer for ``moment`` (timezone-aware) from data already loaded."""
    return ContactAnswer(status_at(moment, data.schedule), data.lines, data.schedule)


def answer_at(moment: datetime) -> ContactAnswer:
    """The answer for ``moment`` (timezone-aware), read from the database."""
    return answer_from(moment, load_contact_data())


def answer_for(request: HttpRequest) -> ContactAnswer:
    """The answer for this request: the clock is read and the data loaded once per request."""
    answer = getattr(request, REQUEST_ATTRIBUTE, None)
    if answer is None:
        answer = answer_from(timezone.now(), contact_data_for(request))
        setattr(request, REQUEST_ATTRIBUTE, answer)
    return answer


def seconds_until(moment: datetime | None, now: datetime) -> int | None:
    """Whole seconds from ``now`` to ``moment``, rounded down so a cache never outlives it.

    None when there is no such moment; 0 when it has passed.
    """
    if moment is None:
        return None
    return max(0, math.floor((moment - now).total_seconds()))
