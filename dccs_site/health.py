"""/healthz: is this instance fit to serve? For load balancers and monitoring.

It answers before the CMS's middleware (which reads the database on every
request), so an outage gives this JSON rather than the visitors' 503 page. It
fails when the database is unreachable, and when the contact data could not
tell a resident which number to call: a wrong number at 2am is an outage too.
"""

import logging

from django.http import JsonResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

PATH = "/healthz"


def database_problem() -> str | None:
    from django.db import connection

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any database failure means "not healthy"
        logger.exception("Health check: the database is unreachable")
        return "unreachable"
    return None


def contacts_problem() -> str | None:
    """Why the contact card could not give a resident the right number, if it could not."""
    from contacts.choices import LineKind
    from contacts.models import ContactLine, OpeningHours
    from contacts.services import answer_at

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


def healthz(request):
    """200 when the database answers and the contact data can answer; 503 otherwise."""
    checks = {"database": database_problem() or "ok"}
    if checks["database"] == "ok":
        checks["contacts"] = contacts_problem() or "ok"
    healthy = all(value == "ok" for value in checks.values())
    if not healthy:
        logger.error("Health check failed: %s", checks)
    response = JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )
    add_never_cache_headers(response)
    return response


class HealthCheckMiddleware:
    """Answer /healthz here, ahead of the middleware that needs the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH and request.method in {"GET", "HEAD"}:
            return healthz(request)
        return self.get_response(request)
