"""What the admin refuses, so the decision always has sound data to work with."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from contacts.models import BankHolidayException, Closure, ContactLine, OpeningHours

pytestmark = pytest.mark.django_db


def test_a_bank_holiday_exception_must_be_a_bank_holiday_in_england_and_wales(db):
    BankHolidayException(date=date(2026, 8, 31)).full_clean()

    with pytest.raises(ValidationError, match="is not a bank holiday in England and Wales"):
        BankHolidayException(date=date(2026, 11, 30)).full_clean()  # St Andrew's Day


def test_a_closure_cannot_end_before_it_starts(db):
    closure = Closure(starts_on=date(2026, 12, 24), ends_on=date(2026, 12, 23), reason="Oops")

    with pytest.raises(ValidationError, match="cannot be before the first"):
        closure.full_clean()


def test_closing_time_must_be_after_opening_time(db):
    OpeningHours.objects.all().delete()

    with pytest.raises(ValidationError, match="Closing time must be after opening time"):
        OpeningHours(weekday=0, opens_at=time(17), closes_at=time(9)).full_clean()


def test_there_is_only_one_line_of_each_kind(contact_data):
    with pytest.raises(IntegrityError):
        ContactLine.objects.create(kind="office", name="Another", purpose="x", phone="020 1")


def test_a_phone_number_is_written_the_usual_way(db):
    ContactLine.objects.all().delete()
    line = ContactLine(kind="office", name="Team", purpose="Calls", phone="+44 20 73323621")
    line.full_clean()

    assert line.phone == "020 7332 3621"


def test_a_phone_number_with_letters_is_refused(db):
    ContactLine.objects.all().delete()
    with pytest.raises(ValidationError, match="UK phone number"):
        ContactLine(kind="office", name="Team", purpose="Calls", phone="call us").full_clean()
