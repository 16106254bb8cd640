"""schema.org JSON-LD for the department and its two lines, for search engines.

It describes the lines and the office's regular hours, never the moment, so a
page can carry it in its cache for as long as it likes.
"""

import json
import re
from collections.abc import Mapping
from datetime import time

from contacts.choices import LineKind, Weekday
from contacts.models import ContactLine
from contacts.phone import international_phone

DEPARTMENT = "Department of Community and Children's Services"
PARENT = "City of London Corporation"
POSTCODE_AT_END = re.compile(
    r"^(?P<locality>.*?)\s*(?P<postcode>[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$"
)
# schema.org's words for what each line is for.
CONTACT_TYPES = {LineKind.OFFICE: "customer service", LineKind.OUT_OF_HOURS: "emergency"}
# Characters that could end the <script> element or start a comment inside it.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def postal_address(lines: list[str]) -> dict:
    address = {"@type": "PostalAddress", "addressCountry": "GB"}
    street = list(lines)
    match = POSTCODE_AT_END.match(street[-1]) if street else None
    if match:
        street.pop()
        address["postalCode"] = match["postcode"]
        if match["locality"]:
            address["addressLocality"] = match["locality"]
    address["streetAddress"] = ", ".join(street)
    return address


def opening_hours_specification(opening_hours: Mapping[int, tuple[time, time]]) -> list[dict]:
    """One OpeningHoursSpecification per distinct pair of times, with its days."""
    by_hours: dict[tuple[time, time], list[str]] = {}
    for weekday in sorted(opening_hours):
        by_hours.setdefault(opening_hours[weekday], []).append(Weekday(weekday).label)
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{day}" for day in days],
            "opens": f"{opens:%H:%M}",
            "closes": f"{closes:%H:%M}",
        }
        for (opens, closes), days in by_hours.items()
    ]


def contact_point(line: ContactLine, opening_hours=None) -> dict:
    point = {
        "@type": "ContactPoint",
        "name": line.name,
        "contactType": CONTACT_TYPES[line.kind],
        "description": line.purpose,
        "telephone": international_phone(line.phone),
        "areaServed": "City of London",
        "availableLanguage": "English",
    }
    if line.email:
        point["email"] = line.email
    if opening_hours:
        point["hoursAvailable"] = opening_hours_specification(opening_hours)
    return point


def department_json_ld(
    lines: Mapping[str, ContactLine], opening_hours: Mapping[int, tuple[time, time]]
) -> dict:
    """The department as a GovernmentOrganization with one ContactPoint per line."""
    office = lines[LineKind.OFFICE]
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": DEPARTMENT,
        "parentOrganization": {"@type": "GovernmentOrganization", "name": PARENT},
        "contactPoint": [
            contact_point(office, opening_hours),
            contact_point(lines[LineKind.OUT_OF_HOURS]),
        ],
    }
    if office.address_lines:
        data["address"] = postal_address(office.address_lines)
    return data


def as_script_content(data: dict) -> str:
    """JSON safe to place inside <script type="application/ld+json">."""
    return json.dumps(data, ensure_ascii=False, indent=None).translate(SCRIPT_ESCAPES)
