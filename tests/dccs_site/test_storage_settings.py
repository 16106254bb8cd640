"""dccs_site.storage_settings: the media storage the environment asks for."""

import importlib.util

import pytest
from django.core.exceptions import ImproperlyConfigured

from dccs_site.storage_settings import FILESYSTEM_BACKEND, S3_BACKEND, media_storage_from_env

STORAGES_INSTALLED = importlib.util.find_spec("storages") is not None
needs_storages = pytest.mark.skipif(
    not STORAGES_INSTALLED,
    reason="django-storages is an optional dependency: pip install '.[s3]' to test the S3 backend",
)


MINIO = {
    "MEDIA_STORAGE": "s3",
    "MEDIA_S3_BUCKET": "dccs-media",
    "MEDIA_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
    "MEDIA_S3_REGION": "eu-west-2",
    "MEDIA_S3_ACCESS_KEY_ID": "key-id",
    "MEDIA_S3_SECRET_ACCESS_KEY": "secret",
    "MEDIA_S3_PREFIX": "/media/",
    "MEDIA_S3_ADDRESSING_STYLE": "path",
}


@pytest.mark.parametrize("environ", [{}, {"MEDIA_STORAGE": ""}, {"MEDIA_STORAGE": "filesystem"}])
def test_local_folder_by_default(environ):
    assert media_storage_from_env(environ) == {"BACKEND": FILESYSTEM_BACKEND}


def test_the_process_environment_is_read_when_none_is_given(monkeypatch):
    monkeypatch.delenv("MEDIA_STORAGE", raising=False)

    assert media_storage_from_env() == {"BACKEND": FILESYSTEM_BACKEND}


def test_an_unknown_storage_is_refused():
    with pytest.raises(ImproperlyConfigured, match="'filesystem'.*'s3'"):
        media_storage_from_env({"MEDIA_STORAGE": "ftp"})


def test_s3_needs_a_bucket():
    with pytest.raises(ImproperlyConfigured, match="MEDIA_S3_BUCKET"):
        media_storage_from_env({"MEDIA_STORAGE": "s3"})


@pytest.mark.skipif(STORAGES_INSTALLED, reason="django-storages is installed here")
def test_s3_without_django_storages_says_what_to_install():
    with pytest.raises(ImproperlyConfigured, match=r"\.\[s3\]"):
        media_storage_from_env({"MEDIA_STORAGE": "s3", "MEDIA_S3_BUCKET": "b"})


@needs_storages
def test_s3_compatible_service_from_the_environment():
    storage = media_storage_from_env(MINIO)

    assert storage == {
        "BACKEND": S3_BACKEND,
        "OPTIONS": {
            "bucket_name": "dccs-media",
            "endpoint_url": "http://127.0.0.1:9000",
            "region_name": "eu-west-2",
            "access_key": "key-id",
            "secret_key": "secret",
            "location": "media",
            "addressing_style": "path",
            # private bucket: no ACL on objects, signed URLs, the app reads downloads itself
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": 3600,
            # a replaced publication keeps its earlier file
            "file_overwrite": False,
            "max_memory_size": 8 * 1024**2,
            "signature_version": "s3v4",
        },
    }


@needs_storages
def test_keys_left_out_leave_boto3_to_find_its_own():
    options = media_storage_from_env({"MEDIA_STORAGE": "S3", "MEDIA_S3_BUCKET": "b"})["OPTIONS"]

    assert "access_key" not in options
    assert "secret_key" not in options
    assert "endpoint_url" not in options


@needs_storages
def test_a_public_cdn_domain_gives_unsigned_urls_unless_asked():
    public = {**MINIO, "MEDIA_S3_CUSTOM_DOMAIN": "files.example.gov.uk"}

    assert media_storage_from_env(public)["OPTIONS"]["querystring_auth"] is False
    assert media_storage_from_env(public)["OPTIONS"]["custom_domain"] == "files.example.gov.uk"
    signed = {**public, "MEDIA_S3_QUERYSTRING_AUTH": "on"}
    assert media_storage_from_env(signed)["OPTIONS"]["querystring_auth"] is True


@needs_storages
def test_the_s3_backend_accepts_the_options_and_builds_urls_without_the_network():
    from django.utils.module_loading import import_string

    storage = media_storage_from_env(MINIO)
    backend = import_string(storage["BACKEND"])(**storage["OPTIONS"])

    url = backend.url("publications/annual-report.pdf")
    assert url.startswith("http://127.0.0.1:9000/dccs-media/media/publications/annual-report.pdf?")
    assert "X-Amz-Signature=" in url
    assert backend.default_acl is None
    assert backend.file_overwrite is False
