"""What contact templates need: phone links, times and days in words, the footer's numbers."""

from django import template
from django.utils.html import format_html

from contacts import phone, wording
from contacts.choices import LineKind
from contacts.services import contact_data_for

register = template.Library()

register.filter("tel_href", phone.tel_href)
register.filter("clock_time", wording.clock_time)
register.filter("day_and_date", wording.day_and_date)
register.filter("hours_summary", wording.hours_summary)


@register.filter
def email_breaks_after_at(address: str):
    """An email address as shown (never in its mailto: link), free to break after the "@"
    on a narrow screen rather than mid-domain: "children.duty@<wbr>cityoflondon.gov.uk"."""
    local, at, domain = str(address).partition("@")
    return format_html("{}{}<wbr>{}", local, at, domain) if at else address


@register.inclusion_tag("contacts/footer_numbers.html", takes_context=True)
def footer_contact_numbers(context):
    """Both numbers as plain text, with the office hours: no "now" in the footer, so
    the footer never limits how long a page may be cached.

    The data is the request's own (``contact_data_for``): a page with a contact
    card reads it once for both.
    """
    data = contact_data_for(context.get("request"))
    return {
        "office": data.lines[LineKind.OFFICE],
        "out_of_hours": data.lines[LineKind.OUT_OF_HOURS],
        "opening_hours": data.schedule.opening_hours,
    }
