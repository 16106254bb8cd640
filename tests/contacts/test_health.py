"""contacts/health.py: /healthz fails when residents could not be told which number to call."""

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["office", "out_of_hours"])
def test_healthz_fails_when_a_contact_line_is_missing(client, kind):
    from contacts.models import ContactLine

    ContactLine.objects.filter(kind=kind).delete()

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["contacts"].startswith("no phone number for")


@pytest.mark.django_db
def test_healthz_fails_without_opening_hours(client):
    from contacts.models import OpeningHours

    OpeningHours.objects.all().delete()

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["contacts"] == "no opening hours"
