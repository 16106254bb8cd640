"""The contact card on a CMS page: the right line first, and never cached past the switch."""

import re
from html import unescape

import pytest
import time_machine

from contacts.choices import CardLayout, LineKind
from contacts.models import Closure, ContactLine
from tests.contacts.card_pages import publish_card_on
from tests.contacts.conftest import london

pytestmark = pytest.mark.django_db

FRIDAY_BEFORE_FIVE = london("2026-03-06 16:59:50")


def card_of(response) -> str:
    html = response.content.decode()
    start = html.index('<div class="dccs-contact-card">')
    return html[start : html.index("</script>", start) if "</script>" in html[start:] else None]


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def lead(response) -> str:
    """The words of the card's opening box: what a worried person reads first."""
    card = card_of(response)
    box = card[card.index('class="govuk-inset-text"') :]
    return visible(box[: box.index("</div>")].split(">", 1)[1])


def max_age(response) -> int:
    """How long caches may keep it (browsers revalidate every time: site_cache/lifetimes.py)."""
    return int(re.search(r"\bs-maxage=(\d+)", response["Cache-Control"])[1])


def test_in_office_hours_the_card_leads_with_the_office(contact_page, client):
    with time_machine.travel(london("2026-03-04 11:00"), tick=False):
        response = client.get(contact_page)

    assert lead(response) == (
        "The office is open now. Call the Children and Families team on 020 7332 3621 . "
        "The office closes at 5pm today."
    )
    card = card_of(response)
    assert card.index('href="tel:+442073323621"') < card.index('href="tel:+442083562710"')


def test_in_the_evening_the_card_leads_with_the_emergency_line(contact_page, client):
    with time_machine.travel(london("2026-03-06 17:05"), tick=False):
        response = client.get(contact_page)

    assert lead(response) == (
        "The office is closed now. In an emergency, call the emergency duty team on "
        "020 8356 2710 . The office opens at 9am on Monday 9 March."
    )
    text = visible(card_of(response))
    assert "If a child is in immediate danger, call 999." in text
    assert "The emergency duty team is for emergencies only." in text
    assert "If it is not urgent, call the Children and Families team on 020 7332 3621" in text
    # Both lines are listed, the one to call now first.
    card = card_of(response)
    assert card.index(">Emergency duty team</h2>") < card.index(">Children and Families team</h2>")


def test_on_a_bank_holiday_the_card_says_so(contact_page, client):
    with time_machine.travel(london("2026-12-28 10:00"), tick=False):
        response = client.get(contact_page)

    assert "Today is a bank holiday: Boxing Day (substitute day)." in lead(response)
    assert "The office opens at 9am on Tuesday 29 December." in lead(response)


def test_in_a_closure_the_card_gives_its_reason_and_the_day_the_office_reopens(
    contact_page, client
):
    Closure.objects.create(starts_on="2026-12-24", ends_on="2027-01-01", reason="Christmas closure")
    with time_machine.travel(london("2026-12-30 10:00"), tick=False):
        response = client.get(contact_page)

    assert "The office is closed: Christmas closure." in lead(response)
    assert "The office opens at 9am on Monday 4 January." in lead(response)


def test_a_cached_page_switches_to_the_emergency_line_at_five(contact_page, client):
    with time_machine.travel(FRIDAY_BEFORE_FIVE, tick=False) as clock:
        first = client.get(contact_page)
        assert lead(first).startswith("The office is open now.")
        assert max_age(first) <= 10

        # The page really is served from the cache: a change made behind its back
        # (no save signal) does not show before five...
        ContactLine.objects.filter(kind=LineKind.OFFICE).update(name="Changed behind the cache")
        clock.move_to(london("2026-03-06 16:59:59"))
        assert "Changed behind the cache" not in client.get(contact_page).text

        # ...and at five the page is rendered afresh, with the emergency line first.
        clock.move_to(london("2026-03-06 17:00:00"))
        second = client.get(contact_page)

    assert lead(second).startswith("The office is closed now. In an emergency, call")
    assert "Changed behind the cache" in second.text


def test_the_card_on_a_cached_page_changes_only_when_its_words_do(contact_page, client):
    """Nothing on the page changes before it expires: no clock time is printed."""
    from django.core.cache import cache

    renders = []
    for moment in ("2026-03-06 17:00:00", "2026-03-06 20:12:34", "2026-03-06 23:59:59"):
        cache.clear()
        with time_machine.travel(london(moment), tick=False):
            renders.append(card_of(client.get(contact_page)))

    assert renders[0] == renders[1] == renders[2]


def test_a_saved_change_shows_on_the_next_request(
    contact_page, client, django_capture_on_commit_callbacks
):
    with time_machine.travel(london("2026-12-22 10:00"), tick=False) as clock:
        assert lead(client.get(contact_page)).startswith("The office is open now.")
        clock.move_to(london("2026-12-22 10:00:05"))  # a publisher adds a closure for today
        with django_capture_on_commit_callbacks(execute=True):
            Closure.objects.create(starts_on="2026-12-22", ends_on="2026-12-22", reason="Training")
        response = client.get(contact_page)

    assert lead(response).startswith("The office is closed now.")
    assert "The office is closed: Training." in lead(response)


def test_a_compact_card_fits_a_home_page(contact_data, client):
    publish_card_on("card-compact", layout=CardLayout.COMPACT, heading="Contact us")
    with time_machine.travel(london("2026-03-07 12:00"), tick=False):
        response = client.get("/card-compact/")

    card = card_of(response)
    assert "<h2>Contact us</h2>" in card
    # Both lines, one row each, the one to call now (on a Saturday) first.
    names = re.findall(r'<dt class="govuk-summary-list__key">([^<]+)</dt>', card)
    assert names == ["Emergency duty team", "Children and Families team"]
    assert "020 7332 3621" in card and "020 8356 2710" in card
    assert "EC2P 2EJ" not in card and "application/ld+json" not in card
    assert lead(response).startswith("The office is closed now.")
