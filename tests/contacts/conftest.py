"""Fixtures for the contacts tests: the seeded contact data and pages carrying the card."""

import os
import time as process_time
from contextlib import contextmanager
from datetime import datetime, time

import pytest

from contacts.choices import CardLayout
from contacts.seed import seed_contacts
from contacts.status import LONDON, Schedule
from tests.contacts.card_pages import publish_card_on

WORKING_DAYS = range(5)


def london(text: str) -> datetime:
    """A moment written as a London wall-clock time, e.g. london("2026-03-06 17:00")."""
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


@contextmanager
def process_in_time_zone(name: str):
    """Run with the process's local time zone (what naive local times would use) set to ``name``."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    process_time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        process_time.tzset()


@pytest.fixture
def office_hours_schedule() -> Schedule:
    """The office line Monday to Friday 9am to 5pm, with England's bank holidays."""
    return Schedule(opening_hours={day: (time(9), time(17)) for day in WORKING_DAYS})


@pytest.fixture
def contact_data(db):
    """The two lines and the office hours, as the site's seed creates them."""
    seed_contacts()


@pytest.fixture
def contact_page(contact_data):
    """/contact/, live, leading with a full contact card."""
    publish_card_on("contact", layout=CardLayout.FULL)
    return "/contact/"
