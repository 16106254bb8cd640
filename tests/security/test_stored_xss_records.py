"""Stored XSS in the department's records, alert banners, feedback and contacts."""

import datetime

import pytest
from django.utils import timezone

from contacts.bank_holidays import bank_holidays_in
from contacts.models import Closure, ContactLine, LineKind
from feedback.models import PageFeedback
from pages.models import (
    AlertBanner,
    GovernanceBody,
    Inspection,
    Kpi,
    PriorityTheme,
)
from tests.security import admin_forms
from tests.security.corpus import (
    HOSTILE_URLS,
    MARKUP_PAYLOADS,
)
from tests.security.markup import unsafe_markup
from tests.security.stored_xss import (
    read_as_public,
    read_as_staff,
    refused,
    saved,
)

pytestmark = pytest.mark.django_db


# The department's records (pages/models) -------------------------------------------------------


def test_governance_body_fields_are_escaped(seeded_site, publisher, client, payload):
    other = GovernanceBody.objects.order_by("pk")[0]
    values = {
        "name": f"{payload} name",
        "short_name": payload,
        "other_names": f"{payload} other names",
        "statutory_basis": f"{payload} statute",
        "chair": f"{payload} chair",
        "meets": f"{payload} meets",
        "purpose": f"{payload} purpose\n\n{payload} second paragraph",
        "duties_heading": f"{payload} duties heading",
        "link_text": f"{payload} link text",
        "source_note": f"{payload} source note",
        "duties-0-text": f"{payload} duty",
        "relationships-0-source": f"{payload} relationship source",
        # a name a source gives, for a body with no section: drawn in the picture, listed
        "relationships-1-to_name": f"{payload} named body",
        "relationships-1-source": f"{payload} named source",
    }
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client,
            "/admin/pages/governancebody/add/",
            {
                **values,
                "slug": "",  # made from the name
                "kind": "board",
                "link_url": "https://example.org/",
                "duties-TOTAL_FORMS": "1",
                "duties-0-position": "1",
                "relationships-TOTAL_FORMS": "2",
                "relationships-0-kind": "reports-to",
                "relationships-0-to_body": str(other.pk),
                "relationships-1-kind": "links-with",
            },
        )
    )
    body = GovernanceBody.objects.get(name=values["name"])
    assert body.slug and "<" not in body.slug and '"' not in body.slug

    shown = [value for name, value in values.items() if name != "purpose"]
    read_as_public(client, ["/governance/"], [*shown, f"{payload} second paragraph"])
    read_as_staff(
        client,
        publisher,
        [
            "/admin/pages/governancebody/",
            f"/admin/pages/governancebody/{body.pk}/change/",
            "/admin/pages/bodyrelationship/",
            "/admin/",
        ],
        [values["name"], values["relationships-0-source"], values["duties-0-text"]],
    )


@pytest.mark.parametrize("field", ["slug", "link_url"])
def test_a_governance_slug_or_link_with_script_is_refused(
    seeded_site, publisher, client, payload, field
):
    client.force_login(publisher)
    response = admin_forms.submit(
        client,
        "/admin/pages/governancebody/add/",
        {"name": "A new board", "kind": "board", "link_text": "Its website", field: payload},
    )
    refused(response, field)
    assert not GovernanceBody.objects.filter(name="A new board").exists()


@pytest.mark.parametrize("address", HOSTILE_URLS)
def test_a_governance_or_inspection_link_refuses_every_script_address(
    seeded_site, publisher, client, address
):
    client.force_login(publisher)
    body = GovernanceBody.objects.order_by("pk")[0]
    response = admin_forms.submit(
        client, f"/admin/pages/governancebody/{body.pk}/change/", {"link_url": address}
    )
    refused(response, "link_url")
    inspection = Inspection.objects.order_by("pk")[0]
    response = admin_forms.submit(
        client, f"/admin/pages/inspection/{inspection.pk}/change/", {"report_url": address}
    )
    refused(response, "report_url")


def test_inspection_fields_are_escaped(seeded_site, publisher, client, payload):
    values = {
        "summary": f"{payload} summary",
        "judgements-0-area": f"{payload} area",
        "findings-0-quote": f"{payload} finding",
        "recommendations-0-text": f"{payload} recommendation",
        "recommendations-0-department_response": f"{payload} response\n\n{payload} more",
    }
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client,
            "/admin/pages/inspection/add/",
            {
                **values,
                "inspectorate": "ofsted",
                "kind": "full-ilacs",
                "overall_judgement": "good",
                "starts_on": "2099-01-12",
                "ends_on": "2099-01-16",
                "date_precision": "day",
                "judgements-TOTAL_FORMS": "1",
                "judgements-0-grade": "good",
                "judgements-0-order": "1",
                "findings-TOTAL_FORMS": "1",
                "findings-0-order": "1",
                "recommendations-TOTAL_FORMS": "1",
                "recommendations-0-order": "1",
            },
        )
    )
    inspection = Inspection.objects.get(summary=values["summary"])

    shown = [value for name, value in values.items() if "response" not in name]
    read_as_public(client, ["/ofsted/", "/"], [*shown, f"{payload} response", f"{payload} more"])
    read_as_staff(
        client,
        publisher,
        ["/admin/pages/inspection/", f"/admin/pages/inspection/{inspection.pk}/change/"],
        [values["summary"], values["findings-0-quote"]],
    )


def test_priority_theme_and_kpi_fields_are_escaped(seeded_site, publisher, client, payload):
    theme = {"name": f"{payload} theme", "description": f"{payload} description"}
    kpi = {"measure": f"{payload} measure", "current_note": f"{payload} note", "period": payload}
    client.force_login(publisher)
    saved(admin_forms.submit(client, "/admin/pages/prioritytheme/add/", {**theme, "order": "9"}))
    saved(
        admin_forms.submit(
            client,
            "/admin/pages/kpi/add/",
            {**kpi, "number": "99", "unit": "percent", "target_value": "50"},
        )
    )
    theme_pk = PriorityTheme.objects.get(name=theme["name"]).pk
    kpi_pk = Kpi.objects.get(number=99).pk

    read_as_public(client, ["/about/", "/about/performance/"], [*theme.values(), *kpi.values()])
    read_as_staff(
        client,
        publisher,
        [
            "/admin/pages/prioritytheme/",
            f"/admin/pages/prioritytheme/{theme_pk}/change/",
            "/admin/pages/kpi/",
            f"/admin/pages/kpi/{kpi_pk}/change/",
        ],
        [theme["name"], theme["description"], kpi["measure"]],
    )


def test_alert_banner_fields_are_escaped(seeded_site, publisher, client, payload):
    values = {
        "title": f"{payload} title",
        "message": f"{payload} message",
        "link_text": f"{payload} link",
    }
    now = timezone.localtime()
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client,
            "/admin/pages/alertbanner/add/",
            {
                **values,
                "severity": "emergency",
                "link_url": "/contact/",
                "starts_at_0": str(now.date() - datetime.timedelta(days=1)),
                "starts_at_1": "09:00:00",
                "ends_at_0": str(now.date() + datetime.timedelta(days=1)),
                "ends_at_1": "17:00:00",
            },
        )
    )
    banner = AlertBanner.objects.get(title=values["title"])

    read_as_public(client, ["/", "/about/", "/publications/"], values.values())
    read_as_staff(
        client,
        publisher,
        ["/admin/pages/alertbanner/", f"/admin/pages/alertbanner/{banner.pk}/change/"],
        [values["title"], values["message"]],
    )


@pytest.mark.parametrize("address", HOSTILE_URLS)
def test_an_alert_banner_link_refuses_every_script_address(seeded_site, publisher, client, address):
    client.force_login(publisher)
    response = admin_forms.submit(
        client,
        "/admin/pages/alertbanner/add/",
        {
            "title": "Offices closed",
            "message": "Closed today.",
            "link_text": "Why",
            "link_url": address,
        },
    )
    refused(response, "link_url")


def test_reader_feedback_is_shown_to_staff_escaped(seeded_site, publisher, client, payload):
    """Anyone can send feedback: the most hostile input the site keeps."""
    path = f"/{payload}"
    response = client.post(
        "/feedback/",
        {"path": path, "useful": "no", "looking_for": f"{payload} looking for"},
        headers={"Origin": "http://testserver"},
    )
    assert response.status_code == 303, response.content.decode()[:2000]
    thanks = client.get(response["Location"])
    assert not unsafe_markup(thanks.content.decode())
    feedback = PageFeedback.objects.get(path=path)

    read_as_staff(
        client,
        publisher,
        ["/admin/feedback/pagefeedback/", f"/admin/feedback/pagefeedback/{feedback.pk}/change/"],
        [path, f"{payload} looking for"],
    )


# Contacts --------------------------------------------------------------------------------------


def test_contact_lines_and_closures_are_escaped(seeded_site, publisher, client, payload):
    office = ContactLine.objects.get(kind=LineKind.OFFICE)
    line = {
        "name": f"{payload} line",
        "purpose": f"{payload} purpose",
        "address": f"{payload} first line\n{payload} second line",
    }
    today = datetime.date.today()
    closure = {"reason": f"{payload} closure"}
    client.force_login(publisher)
    saved(admin_forms.submit(client, f"/admin/contacts/contactline/{office.pk}/change/", line))
    saved(
        admin_forms.submit(
            client,
            "/admin/contacts/closure/add/",
            {
                **closure,
                "starts_on": str(today - datetime.timedelta(days=1)),
                "ends_on": str(today + datetime.timedelta(days=1)),
            },
        )
    )
    closure_pk = Closure.objects.get(reason=closure["reason"]).pk
    next_year = today.year + 1
    holiday = min(bank_holidays_in(next_year))
    note = f"{payload} note"
    saved(
        admin_forms.submit(
            client,
            "/admin/contacts/bankholidayexception/add/",
            {"date": str(holiday), "note": note},
        )
    )

    read_as_public(
        client,
        ["/contact/", "/"],
        [line["name"], line["purpose"], f"{payload} second line", closure["reason"]],
    )
    status = client.get("/contact/now.json")
    assert status["Content-Type"] == "application/json"
    read_as_staff(
        client,
        publisher,
        [
            "/admin/contacts/contactline/",
            f"/admin/contacts/contactline/{office.pk}/change/",
            "/admin/contacts/closure/",
            f"/admin/contacts/closure/{closure_pk}/change/",
            "/admin/contacts/bankholidayexception/",
        ],
        [line["name"], closure["reason"], note],
    )


@pytest.mark.parametrize("field", ["email", "phone"])
def test_a_contact_email_or_phone_with_markup_is_refused(seeded_site, publisher, client, field):
    office = ContactLine.objects.get(kind=LineKind.OFFICE)
    client.force_login(publisher)
    for markup in MARKUP_PAYLOADS:
        response = admin_forms.submit(
            client, f"/admin/contacts/contactline/{office.pk}/change/", {field: markup}
        )
        refused(response, field)
