"""Settings for the DCCS site, driven by environment variables.

This module reads the environment; its larger fixed parts live beside it: the browser
policies (policy_settings.py), editing (editing_settings.py), logging
(logging_settings.py), email and the
canonical origin (outbound_settings.py) and uploaded files (storage_settings.py).

Local defaults just work (SQLite under var/, local-memory cache, DEBUG off
unless asked). With DEBUG off the site is in production mode behind an HTTPS
proxy and refuses to start without a secret key. See .env.example.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

# Settings kept beside this file, imported by name for Django to read (hence noqa: F401).
from dccs_site.editing_settings import CMS_PLACEHOLDER_CONF, TEXT_EDITOR_SETTINGS  # noqa: F401
from dccs_site.logging_settings import logging_config
from dccs_site.outbound_settings import email_settings_from_env, site_url_from_env
from dccs_site.policy_settings import (  # noqa: F401
    CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY_STAFF,
    PERMISSIONS_POLICY,
)
from dccs_site.storage_settings import media_storage_from_env

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name: str, default: bool) -> bool:
    """Read a true/false switch from the environment ("1", "true", "yes", "on")."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated list from the environment."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DEBUG is off (see .env.example)."
        )
    SECRET_KEY = "insecure-local-development-key-only-used-with-DEBUG-on"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")


# The canonical origin (required when DEBUG is off) and email: dccs_site/outbound_settings.py.
SITE_URL = site_url_from_env(DEBUG)
# Requests for another allowed host name are sent to SITE_URL's (dccs_site/canonical.py).
CANONICAL_HOST_REDIRECT = env_bool("CANONICAL_HOST_REDIRECT", not DEBUG)
globals().update(email_settings_from_env(DEBUG))

INSTALLED_APPS = [
    "djangocms_admin_style",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "cms",
    "menus",
    "treebeard",
    "sekizai",
    "djangocms_text",
    "filer",
    "easy_thumbnails",
    "djangocms_link",
    "djangocms_versioning",
    "csp",
    "axes",
    "pages",
    "publications",
    "contacts",
    "search",
    "feedback",
    "reviews",
    "staff",
    "site_cache",
    # A library of the project's own: the admin forms' day-and-time field (its template).
    "day_and_time",
    # What rich text may hold (links, no style), on saving and on every render: rich_text/.
    "rich_text",
    # Last: the admin's names for what the project does not own (dccs_site/apps.py).
    "dccs_site.apps.SiteConfig",
]

# No LocaleMiddleware and no cms LanguageCookieMiddleware: the site has one
# language, and anonymous responses must set no cookie (see DESIGN.md).
MIDDLEWARE = [
    "dccs_site.observability.RequestLogMiddleware",
    # Another allowed host name: a 301 to SITE_URL, before anything is kept for it.
    "dccs_site.canonical.CanonicalHostMiddleware",
    # Anonymous pages kept in this process's memory, answered before the rest
    # runs; the headers the rest of the stack added are kept with them.
    "site_cache.fast_path.AnonymousPageCacheMiddleware",
    # ETag on what the fast path does not keep (feeds, sitemap...), and 304s for it.
    "django.middleware.http.ConditionalGetMiddleware",
    # Security headers first, so every response carries them, even one that
    # another middleware answers on its own (a redirect, a database outage).
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "dccs_site.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # What WhiteNoise did not serve under /static/ or /media/, and control characters: a 404
    # at once (never CommonMiddleware's 301 to the path plus "/", nor a database lookup).
    "dccs_site.security.MalformedPathMiddleware",
    "dccs_site.health.HealthCheckMiddleware",
    # Reloads the URLs when an editor attaches the publications list to a page.
    "cms.middleware.utils.ApphookReloadMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A 404 for a page's old address becomes a 301 to where it lives now, or a 410.
    "pages.redirects.middleware.OldAddressFallbackMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # "Save and ask for review" on a versioned record's change form: on to the ask form.
    "reviews.middleware.AskAfterSavingMiddleware",
    "cms.middleware.user.CurrentUserMiddleware",
    "cms.middleware.page.CurrentPageMiddleware",
    "cms.middleware.toolbar.ToolbarMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "dccs_site.urls"
WSGI_APPLICATION = "dccs_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cms.context_processors.cms_settings",
                "sekizai.context_processors.sekizai",
                "dccs_site.canonical.site_url",
            ],
        },
    },
]

VAR_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "site_cache.redis_cache.RedisCache",  # one client per process
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous pages kept in each process's memory (site_cache/fast_path.py), valid
# while the site's generation is unchanged (site_cache/generation.py): the file is
# shared by every process on the host; with REDIS_URL, other hosts follow within
# PAGE_CACHE_REMOTE_CHECK_SECONDS.
PAGE_CACHE_FAST_PATH = env_bool("PAGE_CACHE_FAST_PATH", True)
PAGE_CACHE_GENERATION_FILE = Path(
    os.environ.get("PAGE_CACHE_GENERATION_FILE", VAR_DIR / "page-cache-generation")
)
PAGE_CACHE_REMOTE_CHECK_SECONDS = float(os.environ.get("PAGE_CACHE_REMOTE_CHECK_SECONDS", "0.5"))
PAGE_CACHE_MAX_ENTRIES = int(os.environ.get("PAGE_CACHE_MAX_ENTRIES", "2000"))
PAGE_CACHE_MAX_BYTES = int(os.environ.get("PAGE_CACHE_MAX_BYTES", 64 * 1024**2))
# Reverse-proxy caches in front (nginx proxy_cache) emptied on every publish.
PROXY_PURGE_URLS = env_list("PROXY_PURGE_URLS")
# The purge is sent again after this long, for pages other hosts rendered before they saw the
# publish (site_cache/proxy_purge.py); default PAGE_CACHE_REMOTE_CHECK_SECONDS + 0.25.
if os.environ.get("PROXY_PURGE_REPEAT_SECONDS"):
    PROXY_PURGE_REPEAT_SECONDS = float(os.environ["PROXY_PURGE_REPEAT_SECONDS"])

# Admin logins: django-axes counts failures per client address and per account.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
# Per address and username together (a stranger cannot lock a colleague out), and per address
# across usernames at AXES_ADDRESS_FAILURE_LIMIT (credential stuffing): staff/lockout.py.
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"], "ip_address"]
AXES_ADDRESS_FAILURE_LIMIT = int(os.environ.get("AXES_ADDRESS_FAILURE_LIMIT", "20"))
AXES_HANDLER = "staff.lockout.AccountAndAddressHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"  # answered with 429 Too Many Requests
# The client address is the one our proxy saw: the right-most X-Forwarded-For
# entry behind one proxy (production), REMOTE_ADDR with none (a local run).
# Entries further left come from the client and are never believed.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0" if DEBUG else "1"))
AXES_CLIENT_IP_CALLABLE = "client_address.client_ip_address"
# End of admin logins.

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# ...written and read the British way: dccs_site/formats/en/formats.py.
FORMAT_MODULE_PATH = ["dccs_site.formats"]
LANGUAGES = [("en", "English")]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

SITE_ID = 1

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "staticfiles"))
# static/ holds the site's own sources; `npm run build` compiles them with
# GOV.UK Frontend into build/static/ (not committed), which is served from here.
STATICFILES_DIRS = [BASE_DIR / "build" / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    # Libraries' scripts with the fixes the project carries for them (dccs_site/static_patches.py),
    # written here; before the apps' own copies, so these are the ones served and collected.
    "dccs_site.static_patches.PatchedLibraryFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_PATCHES_ROOT = Path(os.environ.get("STATIC_PATCHES_ROOT", VAR_DIR / "patched-static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    # MEDIA_ROOT, or S3-compatible storage with MEDIA_STORAGE=s3 (dccs_site/storage_settings.py)
    "default": media_storage_from_env(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Publications: what an upload may be, and how long and how much memory the
# check of a PDF (in a child process) may take.
PUBLICATIONS_MAX_UPLOAD_BYTES = int(os.environ.get("PUBLICATIONS_MAX_UPLOAD_BYTES", 50 * 1024**2))
PUBLICATIONS_PDF_CHECK_SECONDS = int(os.environ.get("PUBLICATIONS_PDF_CHECK_SECONDS", "10"))
PUBLICATIONS_PDF_CHECK_MEMORY_BYTES = int(
    os.environ.get("PUBLICATIONS_PDF_CHECK_MEMORY_BYTES", 1024**3)
)
PUBLICATIONS_PER_PAGE = 20

# django CMS
CMS_CONFIRM_VERSION4 = True
CMS_ENABLE_UPDATE_CHECK = False  # it would call out to a package index
CMS_TEMPLATES = [
    ("cms/page.html", "Page"),
    ("cms/home.html", "Home page"),
]
# What each placeholder accepts, and the rich-text toolbar: dccs_site/editing_settings.py.
CMS_LANGUAGES = {
    SITE_ID: [{"code": "en", "name": "English", "public": True}],
    "default": {"fallbacks": [], "redirect_on_fallback": True, "public": True},
}
# treebeard 5.3 warns that the CMS page manager will need changing for treebeard 6;
# it is the CMS's to change, and nothing here can act on it.
SILENCED_SYSTEM_CHECKS = ["treebeard.E001"]
CMS_PERMISSION = False  # roles come from Django groups: "Editor" and "Publisher"
# A draft (of a page or a publication) is its author's until they or a Publisher unlock
# it: nobody publishes someone else's half-finished change unawares.
DJANGOCMS_VERSIONING_LOCK_VERSIONS = True
TEXT_INLINE_EDITING = True

# Production: HTTPS behind a proxy that sets X-Forwarded-Proto. Each switch can
# be overridden for a plain-HTTP local run or a test.
# CSP frame-ancestors does the real work: 'none' for the public, 'self' for
# staff, whose editing windows are same-origin iframes (dccs_site/security.py).
X_FRAME_OPTIONS = "DENY"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers check the app over plain HTTP
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True


def host_only_cookie_name(name: str, secure: bool) -> str:
    """``"__Host-" + name`` for a Secure cookie, else ``name`` (test_settings.py uses it too)."""
    return f"__Host-{name}" if secure else name


# Secure cookies get the "__Host-" prefix: browsers then refuse them unless Secure, Path=/
# and without Domain, so no subdomain or plain-HTTP page can plant or overwrite them. A
# plain-HTTP run keeps plain names (browsers would drop a "__Host-" cookie that is not
# Secure). nginx's cache bypass (deploy/nginx) and the scripts read these names.
SESSION_COOKIE_NAME = host_only_cookie_name("sessionid", SESSION_COOKIE_SECURE)
CSRF_COOKIE_NAME = host_only_cookie_name("csrftoken", CSRF_COOKIE_SECURE)
# Only staff have sessions (the admin and the CMS toolbar; readers get no cookie). One ends
# after a working day without a request: every request by a signed-in user saves the
# session and renews the cookie for another 9 hours (a working day and its lunch break).
SESSION_COOKIE_AGE = 9 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# "Is this page useful?": how long answers are kept (the privacy notice says so),
# and how many a client may send in a window before being asked to wait.
FEEDBACK_RETENTION_DAYS = int(os.environ.get("FEEDBACK_RETENTION_DAYS", "90"))
FEEDBACK_RATE_LIMIT = int(os.environ.get("FEEDBACK_RATE_LIMIT", "5"))
FEEDBACK_RATE_WINDOW_SECONDS = int(os.environ.get("FEEDBACK_RATE_WINDOW_SECONDS", "600"))
FEEDBACK_MAX_CHARACTERS = 1200

# How long a visitor is asked to wait when the database is unreachable.
OUTAGE_RETRY_AFTER_SECONDS = int(os.environ.get("OUTAGE_RETRY_AFTER_SECONDS", "30"))

# Logs: JSON lines on standard error, one per request (dccs_site/logging_settings.py).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text" if DEBUG else "json")
LOGGING = logging_config(LOG_FORMAT, os.environ.get("LOG_LEVEL", "INFO"))

# Errors to Sentry, when a DSN is given.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    from dccs_site.observability import init_sentry

    init_sentry(SENTRY_DSN, environment=os.environ.get("SENTRY_ENVIRONMENT", "production"))
