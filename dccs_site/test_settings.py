"""Test overrides: the suite runs on plain HTTP with a throwaway secret key.

Everything else comes from settings.py, so tests exercise the same
configuration as production (DATABASE_URL picks PostgreSQL when set).
"""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-used-anywhere-else")
# the canonical origin links in emails start with (production refuses to start without one)
os.environ.setdefault("SITE_URL", "http://testserver")

from dccs_site.settings import *  # noqa: E402, F403

ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# Not Secure, so no "__Host-" prefix (a browser would refuse the cookie): "sessionid", "csrftoken".
SESSION_COOKIE_NAME = host_only_cookie_name("sessionid", SESSION_COOKIE_SECURE)  # noqa: F405
CSRF_COOKIE_NAME = host_only_cookie_name("csrftoken", CSRF_COOKIE_SECURE)  # noqa: F405
# Tests don't run collectstatic; serve sources and build output as they are.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast test logins
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 (whitenoise looks there)
# Uploaded and generated files go to a throwaway folder, not var/media.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="dccs-test-media-"))  # noqa: F405
# Each test run has its own site generation (site_cache/generation.py).
PAGE_CACHE_GENERATION_FILE = Path(tempfile.mkdtemp(prefix="dccs-test-gen-")) / "generation"  # noqa: F405
# The live server and the test client answer many host names; tests of the canonical host
# redirect turn it on (tests/dccs_site/test_canonical.py).
CANONICAL_HOST_REDIRECT = False
