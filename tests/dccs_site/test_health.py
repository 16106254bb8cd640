"""dccs_site/health.py: /healthz for load balancers, before the CMS's middleware."""

from unittest import mock

import pytest
from django.db import OperationalError


def fail_every_query(*args, **kwargs):
    raise OperationalError('connection to server at "127.0.0.1", port 5432 failed')


@pytest.mark.django_db
def test_healthz_reports_a_database_outage(client):
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", fail_every_query):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.django_db
def test_healthz_is_healthy_on_the_seeded_site(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "contacts": "ok"}


@pytest.mark.django_db
def test_healthz_answers_plain_http_checks_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/healthz").status_code == 200
    assert client.get("/about/").status_code == 301  # everything else goes to HTTPS
