"""Publishers change contact lines, office hours, closures and bank-holiday exceptions here.

Every change is recorded in the admin's history (who changed what, when).
"""

from django.contrib import admin
from django.utils import timezone

from admin_changelists import DateDrillDownChangeList
from contacts.bank_holidays import bank_holidays_in
from contacts.models import BankHolidayException, Closure, ContactLine, OpeningHours
from contacts.wording import long_date


@admin.register(ContactLine)
class ContactLineAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "phone", "email", "display_order"]
    list_editable = ["display_order"]
    fields = ["name", "kind", "purpose", "phone", "email", "address", "display_order"]


@admin.register(OpeningHours)
class OpeningHoursAdmin(admin.ModelAdmin):
    list_display = ["weekday", "opens_at", "closes_at"]
    list_editable = ["opens_at", "closes_at"]
    list_display_links = ["weekday"]


@admin.register(Closure)
class ClosureAdmin(admin.ModelAdmin):
    list_display = ["reason", "starts_on", "ends_on"]
    date_hierarchy = "starts_on"
    search_fields = ["reason"]

    def get_changelist(self, request, **kwargs):
        return DateDrillDownChangeList


@admin.register(BankHolidayException)
class BankHolidayExceptionAdmin(admin.ModelAdmin):
    list_display = ["date", "bank_holiday", "note"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        """Show the coming bank holidays beside the date, so a publisher can pick one."""
        form = super().get_form(request, obj, change, **kwargs)
        today = timezone.localdate()
        coming = [
            f"{long_date(day)} ({name})"
            for year in (today.year, today.year + 1)
            for day, name in sorted(bank_holidays_in(year).items())
            if day >= today
        ][:8]
        form.base_fields["date"].help_text = (
            "A bank holiday in England and Wales on which the office keeps its usual hours. "
            "Coming bank holidays: " + "; ".join(coming) + "."
        )
        return form
