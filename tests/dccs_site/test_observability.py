"""Knowing when it is broken: a JSON log line per request, errors logged and sent to Sentry."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.urls import path

from dccs_site.urls import urlpatterns as site_urlpatterns

ROOT = Path(__file__).resolve().parents[2]


def broken_view(request):
    raise RuntimeError("a fault in the code")


urlpatterns = [path("test-broken/", broken_view), *site_urlpatterns]
handler500 = "dccs_site.failure.server_error"


def request_records(caplog):
    return [r for r in caplog.records if r.name == "dccs_site.requests"]


@pytest.mark.django_db
def test_each_request_is_logged_once_with_its_status_and_duration(client, caplog):
    caplog.set_level(logging.INFO)

    client.get("/about/?q=something-private")

    (record,) = request_records(caplog)
    assert record.method == "GET"
    assert record.path == "/about/"
    assert record.status == 200
    assert record.duration_ms >= 0
    assert "something-private" not in record.getMessage()


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_an_uncaught_error_is_logged_with_its_traceback(client, caplog):
    client.raise_request_exception = False

    client.get("/test-broken/")

    errors = [r for r in caplog.records if r.name == "django.request" and r.exc_info]
    assert errors and errors[0].exc_info[0] is RuntimeError
    (record,) = request_records(caplog)
    assert record.levelno == logging.ERROR
    assert record.status == 500


def test_log_lines_are_json_in_production(settings):
    formatter = logging.config.dictConfigClass(settings.LOGGING).configure_formatter(
        settings.LOGGING["formatters"]["json"]
    )
    record = logging.LogRecord("dccs_site.requests", logging.INFO, "", 0, "GET / 200", (), None)
    record.status = 200

    line = json.loads(formatter.format(record))

    assert line["level"] == "INFO"
    assert line["status"] == 200
    assert line["message"] == "GET / 200"


def sentry_client_dsn(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SENTRY_DSN"}}
    script = (
        "import django; django.setup(); import sentry_sdk; "
        "print(sentry_sdk.get_client().dsn or 'none')"
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "dccs_site.settings",
            "DJANGO_SECRET_KEY": "x" * 50,
            "SITE_URL": "https://www.example.gov.uk",
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_errors_go_to_sentry_only_when_a_dsn_is_set():
    dsn = "https://publickey@sentry.example.gov.uk/42"

    assert sentry_client_dsn(SENTRY_DSN=dsn) == dsn
    assert sentry_client_dsn() == "none"


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_an_uncaught_error_reaches_sentry_without_personal_data(client):
    import sentry_sdk
    from sentry_sdk.transport import Transport

    from dccs_site.observability import init_sentry

    events = []

    class KeepEvents(Transport):
        def capture_envelope(self, envelope):
            events.extend(item.payload.json for item in envelope.items if item.type == "event")

    init_sentry(
        "https://publickey@sentry.example.gov.uk/42", environment="test", transport=KeepEvents
    )
    try:
        client.raise_request_exception = False
        client.get("/test-broken/", HTTP_COOKIE=f"{django_settings.SESSION_COOKIE_NAME}=secret")
        sentry_sdk.flush()
    finally:
        sentry_sdk.init(dsn=None)

    (event,) = events
    assert event["exception"]["values"][-1]["type"] == "RuntimeError"
    assert "secret" not in json.dumps(event)


@pytest.mark.django_db
def test_a_disallowed_host_is_one_warning_without_a_traceback_and_nothing_for_sentry(
    client, caplog
):
    import sentry_sdk
    from sentry_sdk.transport import Transport

    from dccs_site.observability import init_sentry

    events = []

    class KeepEvents(Transport):
        def capture_envelope(self, envelope):
            events.extend(item.payload.json for item in envelope.items if item.type == "event")

    init_sentry(
        "https://publickey@sentry.example.gov.uk/42", environment="test", transport=KeepEvents
    )
    try:
        with caplog.at_level(logging.INFO):
            response = client.get("/", HTTP_HOST="evil.example")
        sentry_sdk.flush()
    finally:
        sentry_sdk.init(dsn=None)

    assert response.status_code == 400
    refusals = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert [(r.levelname, r.exc_info) for r in refusals] == [("WARNING", None)]
    assert "evil.example" in refusals[0].getMessage()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert events == []
