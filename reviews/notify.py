"""Who publishes a draft, and the emails of a review: to Publishers when something waits,
to the editor when it is answered.

Links come from ``settings.SITE_URL`` (the site's one canonical origin), never from
a request's Host. Email goes wherever ``EMAIL_BACKEND`` sends it (the console in
development); a failure to send is logged and never undoes the review.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from djangocms_versioning.helpers import get_preview_url

logger = logging.getLogger(__name__)


def site_link(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def publishers_of(version):
    """The active staff who may publish this version, by name."""
    staff = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .order_by("first_name", "last_name", "username")
    )
    return [user for user in staff if version.has_publish_permission(user)]


def name_of(user) -> str:
    return user.get_full_name() or user.get_username()


def title_of(content) -> str:
    """A page's or a publication's title, as editors know it (not "About us (en)")."""
    return getattr(content, "title", "") or str(content)


def what(version) -> str:
    """How the list and the emails name a version's content: "Page “About us”"."""
    kind = version.content._meta.verbose_name.replace("page content", "page").capitalize()
    return f"{kind} “{title_of(version.content)}”"


def _send(subject, lines, recipients):
    addresses = sorted({user.email for user in recipients if user.email})
    if not addresses:
        return
    try:
        send_mail(subject, "\n".join(lines), None, addresses)
    except Exception:
        logger.exception("Review email could not be sent: %s", subject)


def tell_publishers(request) -> None:
    version = request.version
    lines = [
        f"{name_of(request.asked_by)} asks for a review of {what(version)}.",
        *([f"Their note: {request.note}", ""] if request.note else [""]),
        "Compare it with what readers see now, publish it or send it back:",
        site_link(reverse("admin:reviews_reviewrequest_changelist") + "?state__exact=waiting"),
    ]
    _send(f"Ready for review: {title_of(version.content)}", lines, publishers_of(version))


def tell_editor(request) -> None:
    version = request.version
    answered = name_of(request.answered_by) if request.answered_by else "A Publisher"
    title = title_of(version.content)
    if request.state == request.State.PUBLISHED:
        subject = f"Published: {title}"
        lines = [f"{answered} published {what(version)}. Readers see it now.", ""]
    else:
        subject = f"Sent back: {title}"
        lines = [
            f"{answered} sent {what(version)} back to you:",
            request.comment,
            "",
            "Change the draft, then ask for a review again. The draft:",
            site_link(get_preview_url(version.content)),
            "",
            "Your review requests:",
        ]
    lines.append(site_link(reverse("admin:reviews_reviewrequest_changelist")))
    _send(subject, lines, [request.asked_by])
