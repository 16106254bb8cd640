"""schema.org JSON-LD on the contact page: the department and its two contact points."""

import json
import re

import pytest

from contacts.models import ContactLine

pytestmark = pytest.mark.django_db


def json_ld(client, path):
    html = client.get(path).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_the_contact_page_describes_the_department_and_both_lines(contact_page, client):
    data = json_ld(client, contact_page)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "Department of Community and Children's Services"
    assert data["address"]["postalCode"] == "EC2P 2EJ"
    office, emergency = data["contactPoint"]
    assert office["@type"] == emergency["@type"] == "ContactPoint"
    assert office["telephone"] == "+44 20 7332 3621"
    assert office["email"] == "children.duty@cityoflondon.gov.uk"
    assert office["hoursAvailable"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{day}"
                for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
            ],
            "opens": "09:00",
            "closes": "17:00",
        }
    ]
    assert emergency["telephone"] == "+44 20 8356 2710"
    assert emergency["contactType"] == "emergency"
    assert "hoursAvailable" not in emergency


def test_an_editors_text_cannot_end_the_script_element(contact_page, client):
    ContactLine.objects.filter(kind="office").update(purpose="</script><script>alert(1)</script>")

    data = json_ld(client, contact_page)

    assert data["contactPoint"][0]["description"] == "</script><script>alert(1)</script>"
