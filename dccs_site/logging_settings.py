"""Logs: JSON lines on standard error, one per request (dccs_site/observability.py).

settings.py asks once::

    LOGGING = logging_config(LOG_FORMAT, os.environ.get("LOG_LEVEL", "INFO"))
"""


def logging_config(log_format: str, level: str) -> dict:
    """Django's LOGGING: ``log_format`` "json" or "text", the root logger at ``level``."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            },
            "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        },
        "filters": {"quiet_refusal": {"()": "dccs_site.observability.QuietRefusal"}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "json" if log_format == "json" else "text",
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # django-axes announces itself at every start; its lockouts are warnings.
            "axes.apps": {"level": "WARNING"},
            # Every request is logged once by dccs_site.requests; not twice.
            "django.server": {"level": "WARNING"},
            # A Host the site does not serve: one warning line, no traceback, nothing for Sentry.
            "django.security.DisallowedHost": {"filters": ["quiet_refusal"]},
        },
    }
