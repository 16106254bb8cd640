"""Where uploaded files (publication PDFs, images) live: a local folder, or S3-compatible storage.

settings.py asks once::

    STORAGES = {"default": media_storage_from_env(), "staticfiles": {...}}

By default files go to ``MEDIA_ROOT`` on the local disk: right for one app
server, or for several sharing one mounted folder. With ``MEDIA_STORAGE=s3``
they go to a bucket through django-storages (``pip install '.[s3]'``), so any
number of app servers share them without a shared disk. Any S3-compatible
service works (AWS S3, MinIO, Ceph, Cloudflare R2...):

==============================  ==============================================
``MEDIA_S3_BUCKET``             the bucket (required)
``MEDIA_S3_ENDPOINT_URL``       the service's URL; leave unset for AWS itself
``MEDIA_S3_REGION``             e.g. ``eu-west-2``
``MEDIA_S3_ACCESS_KEY_ID``,     the keys; leave unset to use boto3's own chain
``MEDIA_S3_SECRET_ACCESS_KEY``  (``AWS_ACCESS_KEY_ID``..., an instance role)
``MEDIA_S3_PREFIX``             a folder inside the bucket (default: none)
``MEDIA_S3_CUSTOM_DOMAIN``      a public CDN host for file URLs (default: none)
``MEDIA_S3_ADDRESSING_STYLE``   ``path`` for services without bucket subdomains
``MEDIA_S3_QUERYSTRING_AUTH``   sign file URLs (default: on, off with a domain)
==============================  ==============================================

The bucket can stay private: visitors never fetch from it. Publication
downloads go through the site's own view (``publications.views.pdf_response``),
which opens the file from storage with the app's credentials, so the app only
needs read and write access. Objects get no ACL (the bucket's policy decides;
buckets with ACLs disabled refuse uploads that set one), names are never
overwritten (a replaced publication keeps its earlier file, as on local disk),
and a download larger than a few megabytes is spooled to a temporary file
rather than held in memory.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Mapping

from django.core.exceptions import ImproperlyConfigured

FILESYSTEM_BACKEND = "django.core.files.storage.FileSystemStorage"
S3_BACKEND = "storages.backends.s3.S3Storage"
# Above this, a file read from S3 (a PDF being downloaded) spools to disk.
S3_MAX_MEMORY_BYTES = 8 * 1024**2
# Lifetime of a signed file URL (the admin's "currently" link, for example).
S3_SIGNED_URL_SECONDS = 3600


def _flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def media_storage_from_env(environ: Mapping[str, str] | None = None) -> dict:
    """The ``STORAGES["default"]`` entry the environment asks for.

    >>> media_storage_from_env({})["BACKEND"]
    'django.core.files.storage.FileSystemStorage'
    >>> media_storage_from_env({"MEDIA_STORAGE": "s3", "MEDIA_S3_BUCKET": "dccs"})["OPTIONS"][
    ...     "bucket_name"
    ... ]
    'dccs'
    """
    env = os.environ if environ is None else environ
    kind = env.get("MEDIA_STORAGE", "").strip().lower() or "filesystem"
    if kind in {"filesystem", "local"}:
        # Location and URL come from MEDIA_ROOT and MEDIA_URL, so a test can override them.
        return {"BACKEND": FILESYSTEM_BACKEND}
    if kind != "s3":
        raise ImproperlyConfigured(
            f"MEDIA_STORAGE must be 'filesystem' (the default) or 's3', not {kind!r}"
        )
    return {"BACKEND": S3_BACKEND, "OPTIONS": s3_options(env)}


def s3_options(env: Mapping[str, str]) -> dict:
    """django-storages' S3Storage options from ``MEDIA_S3_*`` (see the module docstring)."""

    def value(name: str) -> str:
        return env.get(name, "").strip()

    bucket = value("MEDIA_S3_BUCKET")
    if not bucket:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs MEDIA_S3_BUCKET")
    if importlib.util.find_spec("storages") is None:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs django-storages: pip install '.[s3]'")
    custom_domain = value("MEDIA_S3_CUSTOM_DOMAIN")
    signed = value("MEDIA_S3_QUERYSTRING_AUTH")
    options: dict = {
        "bucket_name": bucket,
        "default_acl": None,
        "file_overwrite": False,
        "querystring_auth": _flag(signed) if signed else not custom_domain,
        "querystring_expire": S3_SIGNED_URL_SECONDS,
        "max_memory_size": S3_MAX_MEMORY_BYTES,
        "signature_version": "s3v4",
    }
    optional = {
        "endpoint_url": "MEDIA_S3_ENDPOINT_URL",
        "region_name": "MEDIA_S3_REGION",
        "access_key": "MEDIA_S3_ACCESS_KEY_ID",
        "secret_key": "MEDIA_S3_SECRET_ACCESS_KEY",
        "location": "MEDIA_S3_PREFIX",
        "custom_domain": "MEDIA_S3_CUSTOM_DOMAIN",
        "addressing_style": "MEDIA_S3_ADDRESSING_STYLE",
    }
    for option, name in optional.items():
        if value(name):
            options[option] = value(name).strip("/") if option == "location" else value(name)
    return options
