"""Publishers change hours and closures in the admin; editors cannot; nonsense is refused."""

import pytest
from django.contrib.admin.models import LogEntry

from contacts.models import Closure

pytestmark = pytest.mark.django_db

CHRISTMAS = {"starts_on": "2026-12-24", "ends_on": "2027-01-01", "reason": "Christmas closure"}


def test_a_publisher_adds_a_christmas_closure(publisher, client):
    client.force_login(publisher)

    response = client.post("/admin/contacts/closure/add/", CHRISTMAS)

    assert response.status_code == 302
    closure = Closure.objects.get(reason="Christmas closure")
    assert str(closure) == "Christmas closure (24 December 2026 to 1 January 2027)"
    # The admin history says who did it.
    assert LogEntry.objects.filter(user=publisher, object_id=str(closure.pk)).exists()


def test_a_closure_that_ends_before_it_starts_is_refused_with_a_reason(publisher, client):
    client.force_login(publisher)

    response = client.post("/admin/contacts/closure/add/", {**CHRISTMAS, "ends_on": "2026-12-01"})

    assert response.status_code == 200
    assert "The last day closed cannot be before the first." in response.text
    assert not Closure.objects.exists()


def test_the_exception_form_lists_the_coming_bank_holidays(publisher, client):
    client.force_login(publisher)

    response = client.get("/admin/contacts/bankholidayexception/add/")

    assert response.status_code == 200
    assert "Coming bank holidays:" in response.text


@pytest.mark.parametrize("model", ["contactline", "openinghours", "closure"])
def test_an_editor_cannot_change_contact_records(editor, client, model):
    client.force_login(editor)

    assert client.get(f"/admin/contacts/{model}/add/").status_code == 403
