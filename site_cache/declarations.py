"""What each app declares it shows on pages, read from its AppConfig.

No app imports site_cache: an app says what readers see of it with plain
attributes on its ``AppConfig``, and this module reads them through Django's app
registry (the way Django's system checks or admin autodiscovery find what each
app provides). Two declarations are read:

``shown_on_pages``
    A dict from a model's label to the CMS plugin types that render its rows;
    ``()`` when it is shown only by the app's own views or by the layout of
    every page (the footer, the alert banner)::

        class ContactsConfig(AppConfig):
            shown_on_pages = {"contacts.ContactLine": ("ContactCardPlugin",), ...}

    site_cache/receivers.py refreshes cached pages when a row of any of them is
    saved or deleted (and when one of its many-to-many fields changes); once the
    change has committed, site_cache/refresh.py calls
    ``shown_records_changed(plugin_types)`` on every AppConfig that has it: the
    search index (search/) re-reads the pages that hold those plugins.
    Several apps may name the same model (pages shows publications in its
    inspection plugins): their plugin types are added together.

``next_page_change(self, after)``
    A method returning the next moment after ``after`` at which what readers see
    changes by itself (an alert banner starts or ends, a scheduled publish is
    due), or ``None``. No kept page, CMS cache or proxy copy outlives the earliest
    of them. A moment already past means a change is overdue: it is made on the
    next request.

``make_due_changes(self, now)``
    For an app whose pages change at a moment by a write of its own (scheduled
    publishing, reviews/schedules.py): make every change due by ``now``. The
    first process to see such a moment pass calls it before it serves anything,
    so readers never get what was there before the moment.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from datetime import datetime

from django.apps import apps
from django.db.models import Model


def shown_on_pages() -> dict[type[Model], frozenset[str]]:
    """Every model readers see on pages, with the plugin types that render its rows."""
    shown: dict[type[Model], set[str]] = defaultdict(set)
    for config in apps.get_app_configs():
        for label, plugin_types in getattr(config, "shown_on_pages", {}).items():
            shown[apps.get_model(label)].update(plugin_types)
    return {model: frozenset(types) for model, types in shown.items()}


def next_page_change(after: datetime) -> datetime | None:
    """The earliest moment after ``after`` at which any app says its pages change by themselves."""
    moments = [
        config.next_page_change(after)
        for config in apps.get_app_configs()
        if callable(getattr(config, "next_page_change", None))
    ]
    return min((moment for moment in moments if moment is not None), default=None)


_making = threading.local()


def make_due_changes(now: datetime) -> None:
    """Every app makes the changes due by ``now`` (once per thread at a time: a change made
    here publishes, and the publish asks the generation again)."""
    if getattr(_making, "active", False):
        return
    _making.active = True
    try:
        for config in apps.get_app_configs():
            if callable(getattr(config, "make_due_changes", None)):
                config.make_due_changes(now)
    finally:
        _making.active = False
