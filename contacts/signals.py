"""When contact data changes, pages showing it are rendered afresh on the next request.

A cached page is otherwise good until the card's next change (at most the CMS's
content lifetime), but a new closure or phone number should show at once. The
cache is invalidated after the commit, so a request during the transaction
cannot refill it with the old data.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from contacts.models import BankHolidayException, Closure, ContactLine, OpeningHours
from dccs_site.cache import refresh_pages_showing

CONTACT_DATA = (ContactLine, OpeningHours, Closure, BankHolidayException)


def forget_pages_showing_contacts() -> None:
    """Drop cached pages (every page has the numbers in its footer) and cached cards."""
    refresh_pages_showing(["ContactCardPlugin"])


def contact_data_changed(**kwargs) -> None:
    transaction.on_commit(forget_pages_showing_contacts)


def connect() -> None:
    for model in CONTACT_DATA:
        uid = f"contacts.changed.{model.__name__}"
        post_save.connect(contact_data_changed, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(contact_data_changed, sender=model, dispatch_uid=f"{uid}.delete")
