"""One canonical origin: ``settings.SITE_URL`` names the site, whatever Host a request sent.

Canonical links, ``og:url``, the sitemap, the feed, robots.txt, the exports and
email links all start with it, so no request can make the site call itself by
another name (django CMS's page cache and the fast path key pages on their path,
and a page rendered for ``Host: localhost`` would otherwise tell later readers
its address is ``https://localhost/``). The Sites record (which the sitemap and
the feed read) is kept equal to it after every migrate and seed, and a system
check warns when it is not. A request for another allowed host name is answered
301 to the same path on the canonical origin (``/healthz`` aside: a load
balancer asks each server by its own address).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.http import HttpResponsePermanentRedirect

HEALTH_CHECK = "/healthz"
# The domain and name Django gives the first Sites record.
DJANGOS_PLACEHOLDER = "example.com"


def origin() -> str:
    """ "https://www.example.gov.uk": the scheme and host, without a trailing slash."""
    return settings.SITE_URL.rstrip("/")


def host() -> str:
    """The canonical host name and port, as a Sites record holds it ("www.example.gov.uk")."""
    return urlsplit(settings.SITE_URL).netloc


def scheme() -> str:
    """ "https" (or "http" for a site run locally on plain HTTP)."""
    return urlsplit(settings.SITE_URL).scheme


def absolute(path: str) -> str:
    return f"{origin()}{path}"


def site_url(request):
    """Context processor: ``{{ SITE_URL }}`` for canonical links and ``og:url``."""
    return {"SITE_URL": origin()}


class CanonicalHostMiddleware:
    """Answer a request for another allowed host name with a 301 to the canonical origin.

    Compares host names, not ports: two app servers of one site may listen on two ports
    of one machine. Off where ``CANONICAL_HOST_REDIRECT`` is (development and tests,
    whose hosts are many).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = getattr(settings, "CANONICAL_HOST_REDIRECT", False)
        self.hostname = urlsplit(settings.SITE_URL).hostname or ""

    def __call__(self, request):
        if self.enabled and not request.path.startswith(HEALTH_CHECK):
            asked = request.get_host().rsplit(":", 1)[0].strip("[]").lower()
            if asked != self.hostname.lower():
                return HttpResponsePermanentRedirect(absolute(request.get_full_path()))
        return self.get_response(request)


def keep_site_record(**kwargs) -> None:
    """post_migrate: the Sites record names the canonical host (Django's is example.com)."""
    from django.apps import apps as global_apps

    try:  # the migration state's model, as Django's own create_default_site does
        Site = kwargs.get("apps", global_apps).get_model("sites", "Site")
    except LookupError:  # the sites app's tables are not there yet (a partial migrate)
        return
    using = kwargs.get("using", "default")
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": host()},
        create_defaults={"domain": host(), "name": host()},
    )
    # Its name too, while it is still Django's placeholder (the admin's header says "Open
    # example.com"); a name someone gave it is kept.
    Site.objects.using(using).filter(pk=settings.SITE_ID, name=DJANGOS_PLACEHOLDER).update(
        name=host()
    )
    from django.contrib.sites.models import Site as CachedSite

    CachedSite.objects.clear_cache()


def check_site_record(app_configs=None, databases=None, **kwargs):
    """Warn when the Sites record and ``SITE_URL`` disagree (only where a database is asked
    about: ``migrate`` and ``check --database default``)."""
    if not databases:
        return []
    from django.contrib.sites.models import Site
    from django.db import DatabaseError

    try:
        domain = Site.objects.filter(pk=settings.SITE_ID).values_list("domain", flat=True).first()
    except DatabaseError:
        return []
    if domain is not None and domain != host():
        return [
            checks.Warning(
                f"The Sites record says {domain!r} but SITE_URL says {host()!r}: the sitemap "
                "and the feed would give the wrong address.",
                hint="Run manage.py migrate (it sets the record), or correct SITE_URL.",
                id="dccs.W001",
            )
        ]
    return []
