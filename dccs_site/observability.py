"""Knowing when the site is broken: one JSON log line per request, errors to Sentry.

Log lines go to standard error as JSON (python-json-logger), one per request
with its method, path, status and duration, so a log collector can count 5xx
responses and slow pages without parsing prose. Client addresses, query
strings and cookies are not logged: the request line is enough to find a fault,
and what a resident searched for is theirs. Uncaught errors are logged by
Django's own ``django.request`` logger with their traceback, and are sent to
Sentry when SENTRY_DSN is set.
"""

import logging
import time

logger = logging.getLogger("dccs_site.requests")


class RequestLogMiddleware:
    """Log every request once, when its response is ready."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        status = response.status_code
        level = logging.ERROR if status >= 500 else logging.INFO
        logger.log(
            level,
            "%s %s %s",
            request.method,
            request.path,
            status,
            extra={
                "method": request.method,
                "path": request.path,
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                "staff": bool(getattr(getattr(request, "user", None), "is_staff", False)),
            },
        )
        return response


class QuietRefusal(logging.Filter):
    """A request for a host name the site does not serve (a scanner's ``Host: evil.example``)
    is refused with a 400; Django logs it as an ERROR with a traceback each time. It is not
    the site's error: one WARNING line, without the traceback (and so nothing for Sentry,
    which reports errors)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def init_sentry(dsn: str, environment: str, **options) -> None:
    """Report uncaught errors to Sentry, without personal data (sentry-sdk's default)."""
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration
    from sentry_sdk.integrations.logging import ignore_logger

    # The request log's error lines repeat what the exception event says; a disallowed Host
    # is a stranger's mistake, not the site's (QuietRefusal).
    ignore_logger(logger.name)
    ignore_logger("django.security.DisallowedHost")

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration()],
        traces_sample_rate=0.0,
        **options,
    )
