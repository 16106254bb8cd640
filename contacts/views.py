"""``/contact/now.json``: which line applies now, or at ``?at=``, for other services and scripts."""

from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    patch_cache_control,
    patch_response_headers,
)
from django.views.decorators.http import require_safe

from contacts.forms import StatusQueryForm
from contacts.services import ContactAnswer, answer_at, seconds_until
from contacts.status import LONDON

# The longest any answer may be cached, so an editor's change (a new closure)
# reaches every cache within this time; the same as django CMS's page content.
LONGEST_CACHE_SECONDS = 60


def iso(moment):
    return moment.astimezone(LONDON).isoformat(timespec="seconds") if moment else None


def as_json(answer: ContactAnswer) -> dict:
    status = answer.status
    return {
        "at": iso(status.moment),
        "line": str(status.line),
        "name": answer.line.name,
        "phone": answer.line.phone,
        "email": answer.line.email,
        "reason": str(status.reason),
        "next_change": iso(status.next_change),
    }


@require_safe
def now_json(request: HttpRequest) -> JsonResponse:
    """The answer as JSON. Cached (by any cache) only until the reason it gives changes.

    Without ``?at=`` the clock is read once, here; ``at`` in the answer is that
    moment, like the response's Date header. With ``?at=`` the answer depends only
    on the data, so it is cached for the usual time.
    """
    form = StatusQueryForm(request.GET)
    if not form.is_valid():
        response = JsonResponse({"error": " ".join(form.errors["at"])}, status=400)
        add_never_cache_headers(response)
        return response

    asked = form.cleaned_data["at"]
    moment = asked or timezone.now()
    answer = answer_at(moment)
    response = JsonResponse(as_json(answer))
    max_age = LONGEST_CACHE_SECONDS
    if not asked:
        until = seconds_until(answer.status.reason_until, moment)
        max_age = min(max_age, until) if until is not None else max_age
    patch_response_headers(response, cache_timeout=max_age)  # max-age and Expires
    patch_cache_control(response, public=True)
    # The page caches in front key the answer on ``at`` alone, and give the view no other.
    response.query_parameters = tuple(StatusQueryForm.base_fields)
    return response
