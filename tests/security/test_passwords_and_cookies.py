"""Staff passwords are long and uncommon; the session cookie is hard to steal or fix, and
a session ends after a working day without a request.

The suite runs on plain HTTP (test_settings turns the Secure flags off, and with
them the "__Host-" names), so the production values are read from
dccs_site.settings itself, in a fresh process with DEBUG unset, as production starts.
"""

import io
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings as django_settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.backends.db import SessionStore
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a-long-test-password"
SHORT = "Xk7#pQ2!vL9"  # 11 characters, otherwise strong
COMMON = "qwertyuiop123"  # 13 characters, on Django's list of common passwords
GOOD = "correct horse battery staple"

COOKIE_SETTINGS = (
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_SAMESITE",
    "SESSION_COOKIE_NAME",
    "CSRF_COOKIE_NAME",
)
# Where a "__Host-" cookie must live: Path=/ and no Domain, or browsers refuse it.
HOST_ONLY_SETTINGS = (
    "SESSION_COOKIE_PATH",
    "SESSION_COOKIE_DOMAIN",
    "CSRF_COOKIE_PATH",
    "CSRF_COOKIE_DOMAIN",
)
SESSION_SETTINGS = (
    "SESSION_COOKIE_AGE",
    "SESSION_SAVE_EVERY_REQUEST",
    "SESSION_EXPIRE_AT_BROWSER_CLOSE",
)
WORKING_DAY = timedelta(hours=9)
LONDON = ZoneInfo("Europe/London")


def production_settings(*names, **env):
    """The named settings as production (DEBUG unset, a secret key, ``env``) loads them."""
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", *COOKIE_SETTINGS} and not key.startswith("DJANGO_")
    }
    script = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {list(names)!r}}}))"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "dccs_site.settings",
            "DJANGO_SECRET_KEY": "x" * 50,
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


# Passwords


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        (SHORT, "at least 12 characters"),
        (COMMON, "too common"),
        ("8391047265019", "entirely numeric"),
    ],
)
def test_weak_passwords_are_refused(password, reason):
    with pytest.raises(ValidationError, match=reason):
        validate_password(password)


def test_a_long_uncommon_password_is_accepted():
    validate_password(GOOD)


@pytest.fixture
def officer(db):
    return get_user_model().objects.create_user(
        "password-officer", password=PASSWORD, is_staff=True
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("weak", "reason"), [(SHORT, "at least 12 characters"), (COMMON, "too common")]
)
def test_the_admin_refuses_a_weak_new_password(client, officer, weak, reason):
    client.force_login(officer)

    response = client.post(
        reverse("admin:password_change"),
        {"old_password": PASSWORD, "new_password1": weak, "new_password2": weak},
    )

    assert response.status_code == 200 and reason in response.content.decode()
    officer.refresh_from_db()
    assert officer.check_password(PASSWORD)


@pytest.mark.django_db
def test_the_admin_accepts_a_good_new_password(client, officer):
    client.force_login(officer)

    response = client.post(
        reverse("admin:password_change"),
        {"old_password": PASSWORD, "new_password1": GOOD, "new_password2": GOOD},
    )

    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.check_password(GOOD)


@pytest.mark.django_db
def test_an_administrator_cannot_set_a_weak_password_for_someone(client, officer):
    admin = get_user_model().objects.create_superuser("password-admin", password=GOOD)
    client.force_login(admin)

    response = client.post(
        reverse("admin:auth_user_password_change", args=[officer.pk]),
        {"password1": COMMON, "password2": COMMON, "usable_password": "true"},
    )

    assert response.status_code == 200 and "too common" in response.content.decode()
    officer.refresh_from_db()
    assert officer.check_password(PASSWORD)


@pytest.mark.django_db
def test_changepassword_refuses_a_weak_password(officer, monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": SHORT)

    with pytest.raises(CommandError, match="Aborting password change"):
        call_command("changepassword", officer.username, stdout=io.StringIO())

    officer.refresh_from_db()
    assert officer.check_password(PASSWORD)


# Cookies


def test_production_cookies_are_secure_http_only_and_same_site():
    assert production_settings(*COOKIE_SETTINGS) == {
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_NAME": "__Host-sessionid",
        "CSRF_COOKIE_NAME": "__Host-csrftoken",
    }


def test_production_session_and_csrf_cookies_have_the_host_prefix():
    """A "__Host-" cookie is refused unless Secure, Path=/ and without Domain: no subdomain
    and no plain-HTTP page can plant or overwrite it (session fixation, CSRF token tossing)."""
    production = production_settings(*COOKIE_SETTINGS, *HOST_ONLY_SETTINGS)
    plain_http = production_settings(
        "SESSION_COOKIE_NAME", "CSRF_COOKIE_NAME", SESSION_COOKIE_SECURE="0", CSRF_COOKIE_SECURE="0"
    )

    assert production["SESSION_COOKIE_NAME"] == "__Host-sessionid"
    assert production["CSRF_COOKIE_NAME"] == "__Host-csrftoken"
    assert production["SESSION_COOKIE_SECURE"] and production["CSRF_COOKIE_SECURE"]
    assert production["SESSION_COOKIE_PATH"] == production["CSRF_COOKIE_PATH"] == "/"
    assert production["SESSION_COOKIE_DOMAIN"] is production["CSRF_COOKIE_DOMAIN"] is None
    # Not Secure (a plain-HTTP run): no prefix, or browsers would drop the cookies.
    assert plain_http == {"SESSION_COOKIE_NAME": "sessionid", "CSRF_COOKIE_NAME": "csrftoken"}


@pytest.mark.django_db
def test_signing_in_sets_cookies_with_the_production_flags(client, officer, settings):
    """What production's settings put on the wire: "__Host-" names, Secure, Path=/, no Domain,
    HttpOnly (session), SameSite=Lax."""
    for name, value in production_settings(*COOKIE_SETTINGS).items():
        setattr(settings, name, value)

    csrf = client.get(reverse("admin:login")).cookies[django_settings.CSRF_COOKIE_NAME]
    response = client.post(
        reverse("admin:login"), {"username": officer.username, "password": PASSWORD}
    )
    session = response.cookies[django_settings.SESSION_COOKIE_NAME]

    assert response.status_code == 302
    assert session.key == "__Host-sessionid" and csrf.key == "__Host-csrftoken"
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    assert csrf["secure"] and csrf["samesite"] == "Lax"
    for cookie in (session, csrf):
        assert cookie["path"] == "/" and not cookie["domain"], cookie.output()


def test_production_staff_sessions_end_after_a_working_day_idle():
    """Not Django's two weeks: 9 hours, renewed by every request (SESSION_SAVE_EVERY_REQUEST)."""
    assert production_settings(*SESSION_SETTINGS) == {
        "SESSION_COOKIE_AGE": WORKING_DAY // timedelta(seconds=1),
        "SESSION_SAVE_EVERY_REQUEST": True,
        "SESSION_EXPIRE_AT_BROWSER_CLOSE": False,
    }


@pytest.mark.django_db
def test_a_staff_session_ends_after_a_working_day_without_a_request(client, officer):
    """Signed in all day while working (every request renews it); signed out once nine hours
    pass without one. The server ends the session, whatever the browser keeps."""
    admin_home = reverse("admin:index")
    with time_machine.travel(datetime(2026, 3, 2, 8, 30, tzinfo=LONDON), tick=False) as clock:
        client.post(reverse("admin:login"), {"username": officer.username, "password": PASSWORD})
        renewed = client.get(admin_home)
        assert renewed.status_code == 200
        cookie = renewed.cookies[django_settings.SESSION_COOKIE_NAME]
        assert int(cookie["max-age"]) == WORKING_DAY // timedelta(seconds=1)

        for _ in range(3):  # 26 hours signed in, never 9 of them without a request
            clock.shift(WORKING_DAY - timedelta(minutes=10))
            assert client.get(admin_home).status_code == 200

        clock.shift(WORKING_DAY + timedelta(minutes=1))
        response = client.get(admin_home)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.django_db
def test_signing_in_gives_a_new_session_key(client, officer):
    """Session fixation: a session key planted before sign-in is worthless after it."""
    planted = SessionStore()
    planted["planted"] = True
    planted.create()
    client.cookies[django_settings.SESSION_COOKIE_NAME] = planted.session_key

    response = client.post(
        reverse("admin:login"), {"username": officer.username, "password": PASSWORD}
    )

    assert response.status_code == 302
    new_key = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    assert new_key != planted.session_key
    assert SessionStore(session_key=new_key)[SESSION_KEY] == str(officer.pk)
    assert not SessionStore().exists(planted.session_key)
