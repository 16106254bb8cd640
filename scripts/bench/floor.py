"""The floor for ``make bench``: the least a Django response can cost on this machine.

Settings, URLs, view and WSGI application in one module: one view returning
about 2 KB of HTML, no middleware, no database, no templates. The benchmark
serves it under the same gunicorn settings as the site and reports the site's
cached pages as a ratio to it::

    DJANGO_SETTINGS_MODULE=scripts.bench.floor gunicorn scripts.bench.floor:application
"""

import os

from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "bench-floor-serves-one-static-page-and-signs-nothing"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = __name__
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_I18N = False
USE_TZ = True
LOGGING_CONFIG = None  # nothing per request, as a bare view has no request log

PAGE = (
    "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
    "<title>The floor</title></head><body><main>\n"
    + "".join(
        f"<p>Paragraph {number}: a plain Django view, the least a response can cost.</p>\n"
        for number in range(28)
    )
    + "</main></body></html>\n"
).encode()


def floor(request, anything=""):
    """About 2 KB of fixed HTML."""
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


urlpatterns = [path("", floor), path("<path:anything>", floor)]

os.environ.setdefault("DJANGO_SETTINGS_MODULE", __name__)

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
