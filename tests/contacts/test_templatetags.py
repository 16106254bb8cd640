"""The footer's numbers come from the contact lines, and render even with none."""

import re

import pytest

from contacts.models import ContactLine, OpeningHours

pytestmark = pytest.mark.django_db


def footer(client):
    html = client.get("/").content.decode()
    return html[html.index("<footer") :]


def test_the_footer_shows_both_numbers_from_the_data(contact_data, client):
    ContactLine.objects.filter(kind="office").update(phone="020 7332 9999")
    OpeningHours.objects.filter(weekday=4).update(closes_at="16:30")

    text = footer(client)

    assert (
        "Office hours (9am to 5pm Monday to Thursday; 9am to 4:30pm Friday): 020 7332 9999" in text
    )
    assert "Out of hours, emergencies only: 020 8356 2710" in text
    assert "If a child is in immediate danger, call 999." in text


def test_without_any_contact_data_the_footer_still_gives_both_numbers(db, client):
    ContactLine.objects.all().delete()
    OpeningHours.objects.all().delete()

    text = footer(client)

    assert "Office hours: 020 7332 3621" in text
    assert "Out of hours, emergencies only: 020 8356 2710" in text


def test_an_email_address_may_break_after_its_at_sign_but_links_whole(seeded_site, client):
    """At 320 px an address (one long word) broke wherever the line ended, mid-domain: it
    may break after the "@" instead; its mailto: link is whole (and so are the words search
    indexes: tests/search/test_text.py)."""
    html = client.get("/contact/").content.decode()

    assert ">children.duty@<wbr>cityoflondon.gov.uk</a>" in html
    assert ">emergency.duty@<wbr>hackney.gov.uk</a>" in html
    assert set(re.findall(r'href="mailto:([^"]+)"', html)) == {
        "children.duty@cityoflondon.gov.uk",
        "emergency.duty@hackney.gov.uk",
    }
