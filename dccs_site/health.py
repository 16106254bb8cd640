"""/healthz: is this instance fit to serve? For load balancers and monitoring.

It answers before the CMS's middleware (which reads the database on every
request), so an outage gives this JSON rather than the visitors' 503 page. It
fails when the database is unreachable, and when an app's own health rule fails
(contacts: the contact data could not tell a resident which number to call).
"""

import logging

from django.http import JsonResponse
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


def app_problems() -> dict[str, str]:
    """Each app's own health rule, from the apps that declare one (``health_problem()`` on the
    AppConfig: contacts says whether it can tell a resident which number to call)."""
    from django.apps import apps

    return {
        config.label: config.health_problem() or "ok"
        for config in apps.get_app_configs()
        if callable(getattr(config, "health_problem", None))
    }


def healthz(request):
    """200 when the database answers and the contact data can answer; 503 otherwise."""
    checks = {"database": database_problem() or "ok"}
    if checks["database"] == "ok":
        checks.update(app_problems())
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
