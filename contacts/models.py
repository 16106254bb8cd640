"""Contact lines, the office line's opening hours, closures and bank-holiday exceptions.

Publishers change these in the admin; ``contacts.status`` turns them into the
answer to "which line do I call now?".
"""

from cms.models import CMSPlugin
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q

from contacts.bank_holidays import england_bank_holiday
from contacts.choices import CardLayout, LineKind, Weekday
from contacts.phone import display_phone
from contacts.wording import long_date

phone_validator = RegexValidator(
    r"^\+?[0-9 ]{10,20}$", "Enter a UK phone number in digits, for example 020 7332 3621."
)


class ContactLine(models.Model):
    """A phone line a resident can call: the office line or the out-of-hours line.

    There is at most one of each kind: the site tells a worried person which
    one to call, so there must never be two answers.
    """

    Kind = LineKind

    name = models.CharField(max_length=100, help_text="For example, Children and Families team.")
    kind = models.CharField(max_length=20, choices=LineKind.choices, unique=True)
    purpose = models.TextField(help_text="What the line is for, in a sentence or two.")
    phone = models.CharField(
        max_length=20,
        validators=[phone_validator],
        help_text="As residents should read it, for example 020 7332 3621.",
    )
    email = models.EmailField(blank=True)
    address = models.TextField(blank=True, help_text="Postal address, one line per line.")
    display_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers are listed first where both lines are listed."
    )

    class Meta:
        ordering = ["display_order", "pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"

    def clean(self) -> None:
        if self.phone:
            self.phone = display_phone(self.phone)

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]


class OpeningHours(models.Model):
    """When the office line is answered on one day of the week (London time)."""

    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices, unique=True)
    opens_at = models.TimeField(help_text="The office line is answered from this time…")
    closes_at = models.TimeField(help_text="…up to, but not including, this time.")

    class Meta:
        ordering = ["weekday"]
        verbose_name = "opening hours"
        verbose_name_plural = "opening hours"
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")),
                name="contacts_hours_close_after_open",
                violation_error_message="Closing time must be after opening time.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()}: {self.opens_at:%H:%M} to {self.closes_at:%H:%M}"


class Closure(models.Model):
    """Whole days, first to last inclusive, when the office line is closed (e.g. Christmas)."""

    starts_on = models.DateField("first day closed")
    ends_on = models.DateField("last day closed")
    reason = models.CharField(max_length=100, help_text="For example, Christmas closure.")

    class Meta:
        ordering = ["starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="contacts_closure_ends_after_start",
                violation_error_message="The last day closed cannot be before the first.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.reason} ({long_date(self.starts_on)} to {long_date(self.ends_on)})"


class BankHolidayException(models.Model):
    """A bank holiday on which the office keeps its usual hours."""

    date = models.DateField(unique=True, help_text="A bank holiday in England and Wales.")
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = "bank holiday when the office is open"
        verbose_name_plural = "bank holidays when the office is open"

    def __str__(self) -> str:
        return f"{long_date(self.date)}: {self.bank_holiday or 'not a bank holiday'}"

    @property
    def bank_holiday(self) -> str | None:
        return england_bank_holiday(self.date) if self.date else None

    def clean(self) -> None:
        if self.date and not self.bank_holiday:
            raise ValidationError(
                {"date": f"{long_date(self.date)} is not a bank holiday in England and Wales."}
            )


class ContactCard(CMSPlugin):
    """A contact card placed on a page: who to call right now, and both lines."""

    layout = models.CharField(max_length=10, choices=CardLayout.choices, default=CardLayout.FULL)
    heading = models.CharField(
        max_length=100,
        blank=True,
        help_text="Shown above the card as a level 2 heading, for example Contact us. "
        "Leave empty under a page title that already says it.",
    )

    def __str__(self) -> str:
        return self.get_layout_display().split(":")[0]
