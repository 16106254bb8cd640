"""The ``?at=`` parameter of the status endpoint: a moment with an offset, or a clear refusal."""

import re
from datetime import datetime

from django import forms

EARLIEST_YEAR, LATEST_YEAR = 2000, 2100
# In a query string an unencoded "+" arrives as a space: "...T10:00:00 01:00", so a
# space before the offset is read as "+".
ISO_MOMENT = re.compile(
    r"(?P<local>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)"
    r"(?P<offset>Z|[+\- ]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE | re.ASCII,
)


class MomentField(forms.Field):
    """An ISO 8601 date and time with an offset or Z. A naive one is refused: it would
    mean a different moment on a server in another time zone."""

    default_error_messages = {
        "invalid": "Give a date and time in ISO 8601 form, for example 2026-12-26T17:05:00+00:00.",
        "naive": "Give the time's offset from UTC (for example +00:00, +01:00 or Z).",
        "range": f"Ask about a moment between {EARLIEST_YEAR} and {LATEST_YEAR}.",
    }

    def to_python(self, value: str | None) -> datetime | None:
        if value in self.empty_values:
            return None
        match = ISO_MOMENT.fullmatch(value.strip())
        if not match:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        if not match["offset"]:
            raise forms.ValidationError(self.error_messages["naive"], code="naive")
        text = match["local"] + match["offset"].replace(" ", "+")
        try:
            moment = datetime.fromisoformat(text.upper())
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
            raise forms.ValidationError(self.error_messages["range"], code="range")
        return moment


class StatusQueryForm(forms.Form):
    """What the status endpoint reads from the query string (and nothing else)."""

    at = MomentField(required=False)
