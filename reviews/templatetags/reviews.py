"""``{% review_status content %}``: a draft's review state, and "Ready for review" for those
who may change it but not publish it (the versioned admin change form shows it)."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode
from djangocms_versioning.constants import DRAFT
from djangocms_versioning.models import Version

from reviews.models import ReviewRequest
from reviews.notify import name_of, publishers_of
from reviews.schedules import describe, scheduled_for

register = template.Library()


def review_context(version, user, next_url=""):
    """What a draft's editor is told: the latest request's state, and where to ask."""
    if version is None or version.state != DRAFT:
        return None
    review = ReviewRequest.objects.latest_for(version)
    may_ask = (
        not version.check_publish.as_bool(user)
        and version.check_modify.as_bool(user)
        and not (review and review.state == ReviewRequest.State.WAITING)
    )
    ask_url = reverse("admin:reviews_reviewrequest_ask", args=[version.pk]) if may_ask else ""
    if ask_url and next_url:
        ask_url += "?" + urlencode({"next": next_url})
    if not review and not ask_url:
        return None
    return {
        "review": review,
        "ask_url": ask_url,
        "publishers": [name_of(user) for user in publishers_of(version)] if ask_url else [],
    }


@register.inclusion_tag("reviews/status.html", takes_context=True)
def review_status(context, content):
    request = context["request"]
    version = Version.objects.get_for_content(content) if content is not None else None
    return review_context(version, request.user, request.get_full_path()) or {}


@register.simple_tag(takes_context=True)
def scheduled_note(context, content) -> str:
    """ "Goes live Tuesday 12 January 2027, 09:00 (London time), scheduled by Pat Jones" for a
    page or publication with something scheduled (the page tree shows it), else ""."""
    if content is None:
        return ""
    return "; ".join(describe(change) for change in scheduled_for(content, context.get("request")))
