"""The fixed vocabularies of contacts, shared by the models and the pure status logic."""

from django.db import models


class LineKind(models.TextChoices):
    """Which of the two lines a contact line is: the one a worried person is told to call."""

    OFFICE = "office", "Office-hours line"
    OUT_OF_HOURS = "out_of_hours", "Out-of-hours (emergency duty) line"


class Weekday(models.IntegerChoices):
    """Days of the week, numbered as ``date.weekday()`` numbers them."""

    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


class CardLayout(models.TextChoices):
    """How much the contact card shows: all of it, or enough for a home page."""

    FULL = "full", "Full: every detail and the structured data (for the contact page)"
    COMPACT = "compact", "Compact: who to call now and both numbers (for other pages)"
