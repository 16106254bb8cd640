"""Admin change lists that answer nonsense in the address with the admin's own error page.

Used by every app whose admin list has a date drill-down (contacts, publications,
inspections, feedback); it imports no app of the project, so any app may use it::

    class ClosureAdmin(admin.ModelAdmin):
        date_hierarchy = "starts_on"

        def get_changelist(self, request, **kwargs):
            return DateDrillDownChangeList
"""

from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList


class DateDrillDownChangeList(ChangeList):
    """A changelist whose date drill-down refuses an impossible year instead of failing.

    Django turns only a ValueError from building the drill-down's dates into
    IncorrectLookupParameters (the admin's "?e=1" page); a year too big for an
    int ("?{field}__year=99999999999999999999") raises OverflowError, and year
    9999 fails while working out the year after it. Both were a 500.
    """

    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except (ValueError, OverflowError) as error:
            raise IncorrectLookupParameters(error) from error
