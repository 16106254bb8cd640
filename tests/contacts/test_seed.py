"""seed_contacts(): the lines and hours from source 001, never undoing an editor's change."""

from datetime import time

import pytest

from contacts.models import ContactLine, OpeningHours
from contacts.seed import seed_contacts

pytestmark = pytest.mark.django_db


def test_it_creates_the_two_lines_and_the_office_hours(db):
    ContactLine.objects.all().delete()
    OpeningHours.objects.all().delete()

    seed_contacts()

    office = ContactLine.objects.get(kind="office")
    assert (office.name, office.phone, office.email) == (
        "Children and Families team",
        "020 7332 3621",
        "children.duty@cityoflondon.gov.uk",
    )
    assert office.address_lines[-2:] == ["PO Box 270", "London EC2P 2EJ"]
    emergency = ContactLine.objects.get(kind="out_of_hours")
    assert (emergency.phone, emergency.email) == ("020 8356 2710", "emergency.duty@hackney.gov.uk")
    assert "London Borough of Hackney" in emergency.purpose
    assert list(OpeningHours.objects.values_list("weekday", "opens_at", "closes_at")) == [
        (day, time(9), time(17)) for day in range(5)
    ]


def test_running_it_again_changes_nothing_an_editor_changed(db):
    seed_contacts()
    ContactLine.objects.filter(kind="office").update(phone="020 7332 1111")
    OpeningHours.objects.filter(weekday=2).delete()  # no longer open on Wednesdays

    assert seed_contacts() == []

    assert ContactLine.objects.get(kind="office").phone == "020 7332 1111"
    assert not OpeningHours.objects.filter(weekday=2).exists()
    assert ContactLine.objects.count() == 2


def test_a_missing_line_is_put_back(db):
    seed_contacts()
    ContactLine.objects.filter(kind="out_of_hours").delete()

    assert seed_contacts() == ["Emergency duty team"]
    assert ContactLine.objects.filter(kind="out_of_hours").exists()
