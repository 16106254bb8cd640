"""Every response the public can get carries the security headers, and the
relaxed policy the CMS needs reaches signed-in staff only."""

import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import path

from dccs_site.security import ContentSecurityPolicyMiddleware
from dccs_site.urls import urlpatterns as site_urlpatterns
from pages.seed.content import SEED_PAGES
from tests.dccs_site.test_health import fail_every_query

ROOT = Path(__file__).resolve().parents[2]


def broken_view(request):
    raise RuntimeError("something in the code went wrong")


# The site's own URLs plus one view that fails, to see the 500 page.
urlpatterns = [path("test-broken/", broken_view), *site_urlpatterns]


handler500 = "dccs_site.failure.server_error"


def directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_strict_public_headers(response):
    csp = directives(response)
    script_src = csp.get("script-src", csp.get("default-src"))
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in csp["style-src"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "geolocation=()" in response.headers["Permissions-Policy"]
    assert "camera=()" in response.headers["Permissions-Policy"]


PUBLIC_PATHS = [seed.path for seed in SEED_PAGES] + [
    "/publications/",
    "/publications/?q=plan",
    "/publications/feed/",
    "/contact/now.json",
    "/no-such-page/",
    "/admin/login/",
    "/healthz",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_PATHS)
def test_every_public_response_carries_the_security_headers(client, url):
    response = client.get(url)

    assert response.status_code in {200, 404}
    assert_strict_public_headers(response)


@pytest.mark.django_db
def test_a_withdrawn_publication_answers_410_with_the_headers(client, publisher):
    from djangocms_versioning.models import Version

    from publications.models import PublicationContent

    publication = PublicationContent.objects.first()
    url = publication.get_absolute_url()
    Version.objects.get_for_content(publication).unpublish(publisher)

    response = client.get(url)

    assert response.status_code == 410
    assert_strict_public_headers(response)


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_the_500_page_has_the_headers_and_no_traceback(client):
    client.raise_request_exception = False

    response = client.get("/test-broken/")

    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.text
    assert "RuntimeError" not in response.text
    assert "Traceback" not in response.text
    assert_strict_public_headers(response)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/about/", "/publications/", "/no-such-page/"])
def test_a_database_outage_gives_a_friendly_503(client, url):
    client.raise_request_exception = False

    with mock.patch("django.db.backends.utils.CursorWrapper.execute", fail_every_query):
        response = client.get(url)

    assert response.status_code == 503
    assert int(response.headers["Retry-After"]) > 0
    assert "Sorry, the service is unavailable" in response.text
    assert "020 8356 2710" in response.text  # the emergency line, even now
    assert "OperationalError" not in response.text
    assert "5432" not in response.text
    assert "no-store" in response.headers["Cache-Control"]
    assert_strict_public_headers(response)


def test_connections_are_checked_before_reuse_so_the_site_recovers_by_itself(settings):
    # A worker holding a connection the database dropped opens a new one on the
    # next request instead of failing until it is restarted.
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


@pytest.mark.django_db
def test_https_responses_carry_hsts_for_a_year_with_subdomains_and_preload(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True

    response = client.get("/", secure=True)

    assert response.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )


@pytest.mark.django_db
def test_signed_in_staff_get_the_relaxed_policy_the_cms_needs(client, publisher):
    client.force_login(publisher)

    response = client.get("/about/")

    csp = directives(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" in csp["style-src"]
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert "no-store" in response.headers["Cache-Control"]
    assert "private" in response.headers["Cache-Control"]
    assert "Cookie" in response.headers["Vary"]


@pytest.mark.django_db
def test_after_an_editor_the_public_get_the_strict_policy_again(client, publisher):
    client.force_login(publisher)
    client.get("/about/")
    client.logout()

    response = client.get("/about/")

    assert_strict_public_headers(response)


@pytest.mark.django_db
def test_a_cached_editor_policy_is_never_replayed_to_the_public(settings):
    # A response that comes back from a cache still carries the header it was
    # stored with: the middleware must replace it, not keep it.
    cached = HttpResponse("a page")
    cached["Content-Security-Policy"] = "frame-ancestors 'self'; style-src 'self' 'unsafe-inline'"
    request = RequestFactory().get("/about/")  # no user at all: the public

    response = ContentSecurityPolicyMiddleware(lambda request: cached)(request)

    assert directives(response)["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in directives(response)["style-src"]


def test_production_settings_pass_the_deployment_checks():
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "dccs_site.settings",
        "DJANGO_SECRET_KEY": "a-production-like-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "www.example.gov.uk",
        "SITE_URL": "https://www.example.gov.uk",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr
