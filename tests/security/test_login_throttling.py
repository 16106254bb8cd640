"""Sign-in throttling (django-axes): guessing passwords stops after a few tries.

Every way in is counted: the admin's /admin/login/ and the CMS toolbar's
/cms_login/ both call django.contrib.auth.authenticate(), which django-axes
guards. The site sits behind one reverse proxy, so requests here come from the
proxy's address with the client's appended to X-Forwarded-For, as in production.
The users and addresses are this file's own, so no lockout can touch another
test's sign-in (and each test's database changes are rolled back).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY, get_user_model

from client_address import client_address

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a-long-test-password"
PROXY = "10.0.0.2"  # the reverse proxy: REMOTE_ADDR of every request
OFFICER_AT = "203.0.113.7"  # a member of staff, as the proxy saw them
ATTACKER_AT = "203.0.113.66"
COLLEAGUE_AT = "203.0.113.80"
ADMIN_LOGIN = "/admin/login/"
TOOLBAR_LOGIN = "/cms_login/?next=/"


@pytest.fixture
def officer(db):
    return get_user_model().objects.create_user(
        "throttle-officer", password=PASSWORD, is_staff=True
    )


@pytest.fixture
def colleague(db):
    return get_user_model().objects.create_user(
        "throttle-colleague", password=PASSWORD, is_staff=True
    )


@pytest.fixture(autouse=True)
def behind_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def sign_in(client, username, password, at, path=ADMIN_LOGIN, forged=None, **headers):
    """POST a sign-in through the proxy; ``forged`` is what the client put in X-Forwarded-For."""
    forwarded_for = f"{forged}, {at}" if forged else at
    return client.post(
        path,
        {"username": username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
        **headers,
    )


def signed_in(client):
    return SESSION_KEY in client.session


def fail_until_locked_out(client, settings, username, at, path=ADMIN_LOGIN):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, username, "not-the-password", at, path)


@pytest.mark.django_db
def test_the_right_password_signs_in_before_any_failure(client, officer):
    response = sign_in(client, officer.username, PASSWORD, OFFICER_AT)

    assert response.status_code == 302 and signed_in(client)


@pytest.mark.django_db
def test_after_the_limit_even_the_right_password_is_refused(client, officer, settings):
    fail_until_locked_out(client, settings, officer.username, OFFICER_AT)

    response = sign_in(client, officer.username, PASSWORD, OFFICER_AT)

    assert response.status_code == 429
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302  # still sent to the sign-in page


@pytest.mark.django_db
def test_the_lockout_page_says_when_to_try_again_and_whom_to_ask(client, officer, settings):
    fail_until_locked_out(client, settings, officer.username, OFFICER_AT)

    response = sign_in(client, officer.username, PASSWORD, OFFICER_AT)
    html = response.content.decode()

    assert response.status_code == 429
    assert "axes/lockout.html" in [t.name for t in response.templates]
    assert '<html lang="en-GB"' in html and "<title>Too many attempts to sign in" in html
    assert html.count("<h1") == 1 and '<main class="govuk-main-wrapper" id="main-content">' in html
    assert "Wait 30 minutes, then try again." in html
    assert "A Site administrator can unlock your account" in html


@pytest.mark.django_db
def test_a_forged_forwarded_for_does_not_escape_the_lockout(client, officer, settings):
    """The attacker makes up the left of X-Forwarded-For; the proxy's entry is what counts.

    Each guess names a different account and browser, so only the address lockout can stop them.
    """
    for guess in range(settings.AXES_ADDRESS_FAILURE_LIMIT):
        sign_in(
            client,
            f"guess-{guess}",
            "not-the-password",
            ATTACKER_AT,
            forged=f"198.51.100.{guess}",
            HTTP_USER_AGENT=f"Browser/{guess}",
        )

    response = sign_in(client, officer.username, PASSWORD, ATTACKER_AT, forged="192.0.2.1")

    assert response.status_code == 429 and not signed_in(client)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER_AT}


@pytest.mark.django_db
def test_other_people_and_addresses_are_not_locked_out(client, officer, colleague, settings):
    """A colleague behind the same proxy still signs in: the proxy's address is not the client's."""
    fail_until_locked_out(client, settings, officer.username, ATTACKER_AT)
    assert sign_in(client, officer.username, PASSWORD, ATTACKER_AT).status_code == 429

    response = sign_in(client, colleague.username, PASSWORD, COLLEAGUE_AT)

    assert response.status_code == 302 and signed_in(client)


@pytest.mark.django_db
def test_a_stranger_cannot_lock_a_colleague_out(client, officer, settings):
    """Failures count per address and username together: five wrong passwords for a known
    username from a stranger's address lock the stranger out, not the officer at their desk."""
    fail_until_locked_out(client, settings, officer.username, ATTACKER_AT)
    assert sign_in(client, officer.username, PASSWORD, ATTACKER_AT).status_code == 429

    response = sign_in(client, officer.username, PASSWORD, OFFICER_AT)

    assert response.status_code == 302 and signed_in(client)


@pytest.mark.django_db
def test_one_address_trying_many_usernames_is_stopped(client, officer, settings):
    """Credential stuffing: one address, a new username each time, is stopped after the
    per-address limit (20 in 30 minutes), whatever usernames it tries next."""
    for guess in range(settings.AXES_ADDRESS_FAILURE_LIMIT - 1):
        sign_in(client, f"guess-{guess}", "not-the-password", ATTACKER_AT)
    assert sign_in(client, "one-more", "not-the-password", ATTACKER_AT).status_code == 429

    response = sign_in(client, officer.username, PASSWORD, ATTACKER_AT)

    assert response.status_code == 429 and not signed_in(client)
    assert sign_in(client, officer.username, PASSWORD, OFFICER_AT).status_code == 302


@pytest.mark.django_db
def test_the_toolbar_sign_in_is_throttled_too(client, officer, settings):
    """django CMS's own sign-in form (/cms_login/, the toolbar's) goes through authenticate()."""
    response = sign_in(client, officer.username, PASSWORD, OFFICER_AT, path=TOOLBAR_LOGIN)
    assert response.status_code == 302 and signed_in(client)
    client.logout()

    fail_until_locked_out(client, settings, officer.username, OFFICER_AT, path=TOOLBAR_LOGIN)
    response = sign_in(client, officer.username, PASSWORD, OFFICER_AT, path=TOOLBAR_LOGIN)

    assert response.status_code == 429 and not signed_in(client)
    assert "Wait 30 minutes" in response.content.decode()


@pytest.mark.django_db
def test_failures_on_either_sign_in_form_add_up(client, officer, settings):
    limit = settings.AXES_FAILURE_LIMIT
    for attempt in range(limit):
        path = ADMIN_LOGIN if attempt % 2 else TOOLBAR_LOGIN
        sign_in(client, officer.username, "not-the-password", OFFICER_AT, path=path)

    assert sign_in(client, officer.username, PASSWORD, OFFICER_AT).status_code == 429
    response = sign_in(client, officer.username, PASSWORD, OFFICER_AT, path=TOOLBAR_LOGIN)
    assert response.status_code == 429 and not signed_in(client)


@pytest.mark.django_db
def test_a_success_before_the_limit_starts_the_count_again(client, officer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, officer.username, "not-the-password", OFFICER_AT)
    assert sign_in(client, officer.username, PASSWORD, OFFICER_AT).status_code == 302
    client.logout()

    sign_in(client, officer.username, "not-the-password", OFFICER_AT)

    assert sign_in(client, officer.username, PASSWORD, OFFICER_AT).status_code == 302


@pytest.mark.parametrize(
    ("remote_addr", "forwarded_for", "proxies", "expected"),
    [
        # behind one proxy: the right-most entry, whatever the client put before it
        ("10.0.0.2", "203.0.113.7", 1, "203.0.113.7"),
        ("10.0.0.2", "6.6.6.6, 7.7.7.7,203.0.113.7", 1, "203.0.113.7"),
        ("10.0.0.2", "6.6.6.6, 2001:db8::7", 1, "2001:db8::7"),
        # behind two (a CDN, then ours): the second from the right
        ("10.0.0.2", "6.6.6.6, 203.0.113.7, 198.51.100.1", 2, "203.0.113.7"),
        # no proxy trusted: the header is the client's own words, ignored
        ("203.0.113.7", "6.6.6.6", 0, "203.0.113.7"),
        # the request did not come through every proxy, or the entry is not an address
        ("10.0.0.2", "", 1, "10.0.0.2"),
        ("10.0.0.2", "203.0.113.7", 2, "10.0.0.2"),
        ("10.0.0.2", "6.6.6.6, unknown", 1, "10.0.0.2"),
    ],
)
def test_the_client_address_is_the_one_our_proxy_saw(remote_addr, forwarded_for, proxies, expected):
    assert client_address(remote_addr, forwarded_for, proxies) == expected


def production_setting(name, **env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "TRUSTED_PROXY_COUNT"}}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", f"from django.conf import settings; print(settings.{name})"],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "dccs_site.settings",
            "DJANGO_SECRET_KEY": "x" * 50,
            "SITE_URL": "https://www.example.gov.uk",
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_production_trusts_one_proxy_and_a_local_run_none():
    assert production_setting("TRUSTED_PROXY_COUNT") == "1"
    assert production_setting("TRUSTED_PROXY_COUNT", DEBUG="1") == "0"
    assert production_setting("TRUSTED_PROXY_COUNT", TRUSTED_PROXY_COUNT="2") == "2"
    assert production_setting("AXES_FAILURE_LIMIT") == "5"
