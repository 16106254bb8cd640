"""The "Is this page useful?" form: stored first, from any page, cached or not.

The form sits at the foot of pages that are cached and served to everyone, so
it carries no CSRF token and the site gives readers no cookie. Instead the
endpoint refuses posts whose Origin (or, failing that, Referer) is not this
site, which is what stops another website posting in a reader's name. It
changes nothing but the feedback table. A hidden honeypot field and a per-client
rate limit keep out most spam without a third-party CAPTCHA. The form itself is
feedback/forms.py; the part every page shows, feedback/templatetags/feedback.py.
"""

import hashlib
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from client_address import client_ip_address
from feedback.forms import FeedbackForm
from feedback.models import PageFeedback


def from_this_site(request) -> bool:
    """True when the browser says the form was sent from a page of this site."""
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        parts = urlsplit(origin)
        return parts.scheme == request.scheme and parts.netloc == request.get_host()
    referer = request.headers.get("Referer")
    if referer:
        return (
            url_has_allowed_host_and_scheme(
                referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            )
            and urlsplit(referer).netloc == request.get_host()
        )
    return False


def over_rate_limit(request) -> bool:
    """Count this client's posts in the current window; True once past the limit.

    The client's address is only hashed into a cache key: it is never stored
    with the feedback.
    """
    client = hashlib.sha256(
        f"{settings.SECRET_KEY}:{client_ip_address(request)}".encode()
    ).hexdigest()
    key = f"feedback-rate:{client}"
    cache.add(key, 0, timeout=settings.FEEDBACK_RATE_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=settings.FEEDBACK_RATE_WINDOW_SECONDS)
        count = 1
    return count > settings.FEEDBACK_RATE_LIMIT


def page_on_this_site(request, parameter: str) -> str:
    """The path in this query parameter if it is a page of this site; otherwise the home page."""
    page = request.GET.get(parameter, "/")
    if (
        not page.startswith("/")
        or page.startswith("//")
        or not url_has_allowed_host_and_scheme(page, allowed_hosts={request.get_host()})
    ):
        return "/"
    return page


def form_page(request, form, status, *, problem=None):
    """The form again, with why it was not accepted: ``problem``, or the form's own errors."""
    context = {"form": form, "problems": [(problem, "")] if problem else []}
    return render(request, "feedback/form.html", context, status=status)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def feedback(request):
    if request.method == "GET":
        # The form links back to this page: never to javascript: or another site.
        form = FeedbackForm(initial={"path": page_on_this_site(request, "page")[:500]})
        return form_page(request, form, 200)
    form = FeedbackForm(request.POST)
    if not from_this_site(request):
        return form_page(
            request,
            form,
            403,
            problem="We could not accept this feedback because it did not come from a page "
            "of this website.",
        )
    if over_rate_limit(request):
        response = form_page(
            request,
            form,
            429,
            problem="You have sent a lot of feedback in a short time. Wait 10 minutes and "
            "try again.",
        )
        response["Retry-After"] = str(settings.FEEDBACK_RATE_WINDOW_SECONDS)
        return response
    if not form.is_valid():
        return form_page(request, form, 400)
    if not form.cleaned_data["website"]:  # a bot filled in the hidden field: thank it, keep nothing
        with transaction.atomic():
            PageFeedback.objects.create(
                path=form.cleaned_data["path"],
                useful={"yes": True, "no": False}.get(form.cleaned_data["useful"]),
                looking_for=form.cleaned_data["looking_for"],
            )
    return HttpResponseRedirect(
        reverse("feedback-thanks") + "?" + urlencode({"page": form.cleaned_data["path"]}),
        status=303,
    )


@never_cache
def thanks(request):
    return render(request, "feedback/thanks.html", {"back": page_on_this_site(request, "page")})
