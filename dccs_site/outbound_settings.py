"""What the site sends out: its canonical origin, and how email leaves.

settings.py asks once::

    SITE_URL = site_url_from_env(DEBUG)
    globals().update(email_settings_from_env(DEBUG))

``SITE_URL`` is the site's one canonical origin (scheme and host, no path): every link
the site sends outside a page (review emails) starts with it, never with a request's
Host. It is required when DEBUG is off.

Email goes by SMTP when ``EMAIL_HOST`` is set (with ``EMAIL_PORT``, ``EMAIL_HOST_USER``,
``EMAIL_HOST_PASSWORD``, ``EMAIL_USE_TLS``, ``DEFAULT_FROM_EMAIL``); otherwise it is
printed to the console in development and not sent at all in production (reviews work
without it).
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

LOCAL_SITE_URL = "http://127.0.0.1:8000"


def site_url_from_env(debug: bool) -> str:
    value = os.environ.get("SITE_URL", "").strip().rstrip("/")
    if not value:
        if not debug:
            raise ImproperlyConfigured(
                "SITE_URL must be set when DEBUG is off, e.g. https://www.example.gov.uk "
                "(see .env.example)."
            )
        return LOCAL_SITE_URL
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path or parts.query:
        raise ImproperlyConfigured(
            f"SITE_URL must be an origin like https://www.example.gov.uk, not “{value}”."
        )
    return value


def email_settings_from_env(debug: bool) -> dict[str, object]:
    host = os.environ.get("EMAIL_HOST", "")
    tls = os.environ.get("EMAIL_USE_TLS", "").strip().lower()  # on unless switched off
    if host:
        backend = "django.core.mail.backends.smtp.EmailBackend"
    elif debug:
        backend = "django.core.mail.backends.console.EmailBackend"
    else:
        backend = "django.core.mail.backends.dummy.EmailBackend"
    return {
        "EMAIL_BACKEND": backend,
        "EMAIL_HOST": host,
        "EMAIL_PORT": int(os.environ.get("EMAIL_PORT") or 587),
        "EMAIL_HOST_USER": os.environ.get("EMAIL_HOST_USER", ""),
        "EMAIL_HOST_PASSWORD": os.environ.get("EMAIL_HOST_PASSWORD", ""),
        "EMAIL_USE_TLS": tls in {"1", "true", "yes", "on"} if tls else True,
        "EMAIL_TIMEOUT": 10,
        "DEFAULT_FROM_EMAIL": os.environ.get(
            "DEFAULT_FROM_EMAIL", "DCCS website <webmaster@localhost>"
        ),
    }
