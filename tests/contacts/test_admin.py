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


def test_a_closure_typed_the_british_way_is_saved_for_the_day_meant(publisher, client):
    """An editor typing "7/12/2026" means 7 December: Django's "en" read it as 12 July."""
    client.force_login(publisher)

    response = client.post(
        "/admin/contacts/closure/add/",
        {**CHRISTMAS, "starts_on": "7/12/2026", "ends_on": "8/12/2026", "reason": "Training"},
    )

    assert response.status_code == 302
    closure = Closure.objects.get(reason="Training")
    assert str(closure) == "Training (7 December 2026 to 8 December 2026)"
    listed = client.get("/admin/contacts/closure/").content.decode()
    assert "7 December 2026" in listed


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


def contact_records():
    """Every contact record as the public would see it, to prove a refusal changed nothing."""
    from contacts.models import BankHolidayException, ContactLine, OpeningHours

    return [
        list(model.objects.order_by("pk").values())
        for model in (ContactLine, OpeningHours, Closure, BankHolidayException)
    ]


# A complete, valid form for each record, as a Publisher would send it.
COMPLETE_FORMS = {
    "closure": ("add", CHRISTMAS),
    "bankholidayexception": ("add", {"date": "2026-12-25", "note": "Open for families"}),
    "openinghours": ("change", {"weekday": "0", "opens_at": "08:00", "closes_at": "20:00"}),
    "contactline": ("change", {"phone": "020 7946 0999"}),
}


@pytest.mark.parametrize("model", sorted(COMPLETE_FORMS))
def test_an_editor_cannot_change_contact_records(editor, publisher, client, model):
    url, form = complete_form(client, publisher, model)
    before = contact_records()
    client.force_login(editor)

    refused = client.post(url, form)

    assert refused.status_code == 403
    assert contact_records() == before
    # The same form from a Publisher is saved: only the role stood in the way.
    client.force_login(publisher)
    assert client.post(url, form).status_code == 302
    assert contact_records() != before


def complete_form(client, publisher, model) -> tuple[str, dict]:
    """The admin address and a complete, valid form for one record of this model."""
    from django.apps import apps

    action, changes = COMPLETE_FORMS[model]
    if action == "add":
        return f"/admin/contacts/{model}/add/", changes
    record = apps.get_model("contacts", model).objects.order_by("pk").first()
    url = f"/admin/contacts/{model}/{record.pk}/change/"
    client.force_login(publisher)
    form = client.get(url).context["adminform"].form
    current = {name: form[name].value() for name in form.fields}
    return url, {
        **{name: value for name, value in current.items() if value is not None},
        **changes,
    }
