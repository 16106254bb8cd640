"""A Publisher, made in the site's database and signed in to one instance's admin over HTTP.

The scale demo and tests/ops/test_two_instances.py publish through it as an
editor would, with a browser's session cookie and CSRF token, so that what
they check is what a real publish does.
"""

from __future__ import annotations

import http.cookiejar
import re
import secrets
import sys
import urllib.parse
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from scripts.processes import HOST, SetupError, run

CREATE_PUBLISHER = """
import os
from django.contrib.auth import get_user_model
from pages.roles import PUBLISHER, ensure_roles
user = get_user_model().objects.create_user(
    os.environ["PUBLISHER_USERNAME"], password=os.environ["PUBLISHER_PASSWORD"], is_staff=True)
user.groups.add(ensure_roles()[PUBLISHER])
"""


def create_publisher(env: dict[str, str], log: Path, username: str) -> str:
    """A staff user in the Publisher role, made through ``manage.py shell``; its password."""
    password = secrets.token_urlsafe(24)
    run(
        [sys.executable, "manage.py", "shell", "-c", CREATE_PUBLISHER],
        log=log,
        env={**env, "PUBLISHER_USERNAME": username, "PUBLISHER_PASSWORD": password},
        timeout=300,
    )
    return password


LONDON = ZoneInfo("Europe/London")
CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_ERRORS = re.compile(rb'class="errorlist[^"]*"[^>]*>(.*?)</ul>', re.S)


# Browsers count http://127.0.0.1 and localhost as secure origins: they keep Secure cookies
# (production's "__Host-" ones) from them and send them back. So does the Publisher, who
# only ever talks to loopback.
LOOPBACK_IS_SECURE = http.cookiejar.DefaultCookiePolicy(secure_protocols=("https", "wss", "http"))


class SignedInPublisher:
    """A Publisher signed in to one app instance's admin, as a browser would be."""

    def __init__(self, port: int, username: str, password: str):
        self.base = f"http://{HOST}:{port}"
        self.cookies = http.cookiejar.CookieJar(LOOPBACK_IS_SECURE)
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        final_url, _ = self._post_form(
            "/admin/login/?next=/admin/", {"username": username, "password": password}
        )
        # Signed in: the admin's home answered (a refused sign-in shows the form again).
        if urllib.parse.urlsplit(final_url).path != "/admin/":
            raise SetupError(f"could not sign in to {self.base}/admin/ as {username}")

    def _open(self, path: str, data: dict | None = None) -> tuple[str, bytes]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)  # noqa: S310 (our loopback URL)
        with self.opener.open(request, timeout=30) as response:
            return response.geturl(), response.read()

    def _post_form(self, path: str, fields: dict) -> tuple[str, bytes]:
        _, page = self._open(path)
        token = CSRF_FIELD.search(page)
        if not token:
            raise SetupError(f"no CSRF token in the form at {self.base}{path}")
        return self._open(path, {"csrfmiddlewaretoken": token.group(1).decode(), **fields})

    def cookie_header(self) -> str:
        return "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.cookies)

    def cookie_names(self) -> set[str]:
        return {cookie.name for cookie in self.cookies}

    def add_alert_banner(self, title: str, message: str) -> None:
        """Publish a banner shown on every page from now for an hour, through the admin's form."""
        now = datetime.now(LONDON)
        starts, ends = now - timedelta(minutes=5), now + timedelta(hours=1)
        final_url, page = self._post_form(
            "/admin/pages/alertbanner/add/",
            {
                "severity": "announcement",
                "title": title,
                "message": message,
                "link_url": "",
                "link_text": "",
                "starts_at_0": starts.strftime("%Y-%m-%d"),
                "starts_at_1": starts.strftime("%H:%M:%S"),
                "ends_at_0": ends.strftime("%Y-%m-%d"),
                "ends_at_1": ends.strftime("%H:%M:%S"),
                "_save": "Save",
            },
        )
        if urllib.parse.urlsplit(final_url).path != "/admin/pages/alertbanner/":
            errors = b" ".join(FORM_ERRORS.findall(page))[:500].decode(errors="replace")
            raise SetupError(f"the admin did not save the banner (at {final_url}): {errors}")

    def schedule(
        self, version_pk: int, *, go_live: datetime | None = None, withdraw: datetime | None = None
    ) -> None:
        """Schedule a draft to go live, a version's withdrawal, or both, through the admin's
        schedule form as a Publisher fills it in: the day and the minute, London time."""
        fields = {}
        for name, moment in (("go_live_at", go_live), ("withdraw_at", withdraw)):
            local = moment.astimezone(LONDON) if moment else None
            fields[f"{name}_0"] = f"{local:%Y-%m-%d}" if local else ""
            fields[f"{name}_1"] = f"{local:%H:%M}" if local else ""
        final_url, page = self._post_form(
            f"/admin/reviews/scheduledchange/schedule/{version_pk}/", fields
        )
        if urllib.parse.urlsplit(final_url).path != "/admin/reviews/scheduledchange/":
            errors = b" ".join(FORM_ERRORS.findall(page))[:500].decode(errors="replace")
            raise SetupError(f"the admin did not save the schedule (at {final_url}): {errors}")
