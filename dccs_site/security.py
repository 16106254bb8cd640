"""The Content-Security-Policy header: strict for the public, relaxed for editors.

Anonymous visitors get the strict policy in ``settings.CONTENT_SECURITY_POLICY``.
Signed-in staff get ``settings.CONTENT_SECURITY_POLICY_STAFF``, which the CMS's
editing needs (its editing windows are same-origin iframes; its rich-text
editor and page tree inject styles from JavaScript). See DESIGN.md.

The header is worked out afresh on every response, from the user who made the
request. A header already on the response is thrown away first: django-csp's
own middleware keeps one that is there, so a response cached while an editor
was signed in would otherwise replay the editor's policy to the public.
"""

import re

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseNotFound
from django.template import loader
from django.utils.cache import add_never_cache_headers, patch_vary_headers

# NUL and the other control characters: no address on this site contains one.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def is_signed_in_staff(request) -> bool:
    """True for an active staff user; False for anyone else, or if we cannot tell.

    A request answered before authentication ran (a database outage, a cache)
    has no ``user``, and reading the user can fail when the database is down:
    both get the strict policy.
    """
    user = getattr(request, "user", None)
    if user is None:
        return False
    try:
        return bool(user.is_authenticated and user.is_active and user.is_staff)
    except Exception:  # the session or user could not be read: treat as the public
        return False


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if HEADER in response:
            del response[HEADER]
        if is_signed_in_staff(request):
            # What an editor sees (drafts, the toolbar) is never for a shared cache.
            add_never_cache_headers(response)
            patch_vary_headers(response, ["Cookie"])
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_signed_in_staff(request):
            staff = settings.CONTENT_SECURITY_POLICY_STAFF["DIRECTIVES"]
            return PolicyParts(default_config(staff), parts.update, parts.replace, parts.nonce)
        return parts


class MalformedPathMiddleware:
    """Answer 404 at once for an address no page has: a path with a NUL or other control
    character in it, or one under /static/ or /media/ that WhiteNoise (just above) did
    not serve; and 400 for an admin address whose query string has a NUL in a name or value.

    A control character would reach the CMS's page lookup or an admin list's filter,
    which PostgreSQL refuses (a NUL cannot be in a query): that would look like a
    database outage. A missing file, or a ".." however it is spelled (``%2e%2e``,
    ``..%2f``, a backslash...), would reach CommonMiddleware, whose APPEND_SLASH
    answers 301 to the same path plus "/" (echoing the decoded path) because the
    CMS's catch-all page pattern would match that; only then came the 404. Nothing
    under /static/ or /media/ is a page. These answers need no database, and carry
    the security headers of the middleware above. Public views clean their own
    parameters (a NUL in a search is dropped).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # Site-relative STATIC_URL and MEDIA_URL ("/static/"), and each without its slash.
        prefixes = [url for url in (settings.STATIC_URL, settings.MEDIA_URL) if url]
        prefixes = [url for url in prefixes if url.startswith("/") and url != "/"]
        self.file_prefixes = tuple(prefixes)
        self.file_folders = frozenset(url.rstrip("/") for url in prefixes)

    def __call__(self, request):
        path = request.path_info
        if (
            CONTROL_CHARACTERS.search(path)
            or path.startswith(self.file_prefixes)
            or path in self.file_folders
        ):
            page = loader.get_template("errors/not_found.html").render()
            return HttpResponseNotFound(page)
        if path.startswith("/admin/") and any(
            "\x00" in "".join([name, *values]) for name, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(loader.get_template("errors/bad_request.html").render())
        return self.get_response(request)
