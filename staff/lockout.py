"""Sign-in throttling that a stranger cannot turn on a colleague (django-axes' database handler).

Failures count for an address and a username together: five wrong passwords for
someone's username, from a stranger's address, lock out that address for that
username, not the person at their own desk. A second count, for an address
whatever usernames it tries (``AXES_ADDRESS_FAILURE_LIMIT``, 20 in the cool-off
time), still stops credential stuffing. ``AXES_LOCKOUT_PARAMETERS`` names both
counts; axes compares one number with ``AXES_FAILURE_LIMIT``, so the address count
is scaled to it here: ``address * limit // address_limit`` reaches ``limit`` exactly
when ``address`` reaches ``address_limit``.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db.models import Sum


def failures(attempts) -> int:
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class AccountAndAddressHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None) -> int:
        account_at_address, address = self.get_user_attempts(request, credentials)
        limit = get_failure_limit(request, credentials)
        return max(
            failures(account_at_address),
            failures(address) * limit // settings.AXES_ADDRESS_FAILURE_LIMIT,
        )
