"""The contact lines and office hours as source document 001 gives them.

``seed_contacts()`` is called by the site's seed command. It is idempotent and
atomic: it creates a line only if there is no line of that kind, and the
Monday to Friday hours only if there are no opening hours at all, so nothing an
editor changed (or deliberately removed) is ever overwritten.
"""

from datetime import time

from django.db import transaction

from contacts.choices import LineKind, Weekday
from contacts.models import ContactLine, OpeningHours

OFFICE_ADDRESS = "\n".join(
    (
        "Community and Children's Services",
        "City of London",
        "North Wing, Guildhall",
        "PO Box 270",
        "London EC2P 2EJ",
    )
)

SEED_LINES = (
    {
        "kind": LineKind.OFFICE,
        "name": "Children and Families team",
        "purpose": "Call or email the Children and Families team during office hours.",
        "phone": "020 7332 3621",
        "email": "children.duty@cityoflondon.gov.uk",
        "address": OFFICE_ADDRESS,
        "display_order": 1,
    },
    {
        "kind": LineKind.OUT_OF_HOURS,
        "name": "Emergency duty team",
        "purpose": (
            "Outside office hours, for emergencies only. We share our emergency duty "
            "service with the London Borough of Hackney."
        ),
        # Source 001 prints this number twice ("020 8356 2710 or 020 8356 2710"): it is one line.
        "phone": "020 8356 2710",
        "email": "emergency.duty@hackney.gov.uk",
        "address": "",
        "display_order": 2,
    },
)

SEED_OPENING_HOURS = tuple(
    (weekday, time(9, 0), time(17, 0))
    for weekday in (
        Weekday.MONDAY,
        Weekday.TUESDAY,
        Weekday.WEDNESDAY,
        Weekday.THURSDAY,
        Weekday.FRIDAY,
    )
)


@transaction.atomic
def seed_contacts() -> list[str]:
    """Create the two lines and the office hours if missing. Returns what it created."""
    created = []
    for line in SEED_LINES:
        if not ContactLine.objects.filter(kind=line["kind"]).exists():
            ContactLine.objects.create(**line)
            created.append(line["name"])
    if not OpeningHours.objects.exists():
        for weekday, opens, closes in SEED_OPENING_HOURS:
            OpeningHours.objects.create(weekday=weekday, opens_at=opens, closes_at=closes)
        created.append("office hours, Monday to Friday 9am to 5pm")
    return created


def fallback_lines() -> dict[str, ContactLine]:
    """The seeded lines, unsaved: what to show if the database has none of a kind."""
    return {line["kind"]: ContactLine(**line) for line in SEED_LINES}
