"""Production is the default: without DEBUG the site must be configured properly."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_settings(**env):
    unset = {"DEBUG", "DJANGO_SECRET_KEY", "SITE_URL"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "from django.conf import settings; print(settings.DEBUG)"],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "dccs_site.settings", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = load_settings()

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_refuses_to_start_without_its_canonical_address_when_debug_is_off():
    result = load_settings(DJANGO_SECRET_KEY="x" * 50)

    assert result.returncode != 0
    assert "SITE_URL must be set" in result.stderr
    refused = load_settings(DJANGO_SECRET_KEY="x" * 50, SITE_URL="www.example.gov.uk/path")
    assert "SITE_URL must be an origin" in refused.stderr


def test_debug_is_off_unless_asked_for():
    production = {"DJANGO_SECRET_KEY": "x" * 50, "SITE_URL": "https://www.example.gov.uk"}
    assert load_settings(**production).stdout.strip() == "False"
    assert load_settings(DEBUG="1").stdout.strip() == "True"
