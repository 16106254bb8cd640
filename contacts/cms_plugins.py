"""The contact card: who to call right now, on any page, cached no longer than it is true."""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.utils import timezone
from django.utils.safestring import mark_safe

from contacts.choices import CardLayout
from contacts.models import ContactCard, ContactLine
from contacts.services import answer_at, answer_for, seconds_until
from contacts.structured_data import as_script_content, department_json_ld


@plugin_pool.register_plugin
class ContactCardPlugin(CMSPluginBase):
    """Leads with the line that applies now, then lists both lines.

    The card says which line applies and why, so a page carrying it may be
    cached only until the reason next changes (which is never later than the
    line's next change). ``get_cache_expiration`` tells django CMS exactly
    that, and the CMS makes it the page cache's lifetime and the response's
    ``Cache-Control: max-age`` (the smallest expiry on the page wins).
    """

    model = ContactCard
    name = "Contact card (who to call now)"
    module = "Contacts"
    render_template = "contacts/contact_card.html"
    allow_children = False

    def render(self, context, instance, placeholder):
        request = context.get("request")
        answer = answer_for(request) if request else answer_at(timezone.now())
        context = super().render(context, instance, placeholder)
        context["answer"] = answer
        context["full"] = instance.layout == CardLayout.FULL
        # Under the card's own heading the lines are a level down.
        context["heading_level"] = 3 if instance.heading else 2
        if context["full"]:
            data = department_json_ld(answer.lines, answer.schedule.opening_hours)
            context["structured_data"] = mark_safe(as_script_content(data))  # noqa: S308 (escaped for <script>)
        return context

    def search_text(self, instance) -> str:
        """The card's words for site search: both lines, not which one applies this minute."""
        lines = ContactLine.objects.order_by("display_order", "pk")
        return " ".join(
            f"{line.name} {line.purpose} {line.phone} {line.email} {line.address}" for line in lines
        )

    def get_cache_expiration(self, request, instance, placeholder):
        """Whole seconds from now until the card's words next change (0: do not cache).

        Seconds rounded down rather than a datetime: the CMS rounds a datetime
        to the nearest second, which could keep the card half a second past
        the switch. The answer is the one this request rendered (see
        ``answer_for``), so the expiry always belongs to the words on the page.
        """
        answer = answer_for(request)
        return seconds_until(answer.status.reason_until, timezone.now())
