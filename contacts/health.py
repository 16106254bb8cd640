"""Contacts' part of /healthz: a wrong number at 2am is an outage too.

``ContactsConfig.health_problem`` declares it; the site's health check
(dccs_site/health.py) asks every app that declares one.
"""

import logging

from django.utils import timezone

from contacts.choices import LineKind
from contacts.models import ContactLine, OpeningHours
from contacts.services import answer_at

logger = logging.getLogger(__name__)


def contact_data_problem() -> str | None:
    """Why the contact card could not give a resident the right number, if it could not."""
    try:
        lines = {line.kind: line for line in ContactLine.objects.exclude(phone="")}
        missing = [kind.label for kind in LineKind if kind not in lines]
        if missing:
            return "no phone number for: " + ", ".join(missing)
        if not OpeningHours.objects.exists():
            return "no opening hours"
        answer_at(timezone.now())
    except Exception:
        logger.exception("Health check: the contact data cannot answer")
        return "cannot work out which line applies"
    return None
