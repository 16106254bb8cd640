"""What a visitor sees when something fails: never a traceback, and a 503 when the database is down.

The error handler renders a static template with no request context (the
context processors and the CMS would need the database), so it works whatever
has broken. Security headers are added by middleware outside the view, so
they stay on these responses too.
"""

import logging
import sys

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)


def database_unavailable(exception: BaseException | None) -> bool:
    """True when an exception (or anything it was raised from) is a database failure."""
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, DatabaseError):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False


def outage_response() -> HttpResponse:
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


@requires_csrf_token
def server_error(request):
    """handler500: a 503 page when the database is unreachable, the 500 page otherwise.

    Django calls this while the exception is being handled, so it is still in
    ``sys.exc_info()``.
    """
    if database_unavailable(sys.exc_info()[1]):
        return outage_response()
    response = HttpResponse(loader.get_template("500.html").render(), status=500)
    response["Cache-Control"] = "no-store"
    return response
