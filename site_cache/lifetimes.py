"""How long an answer may be kept: on this server, in shared caches, and in a reader's browser.

Views and django CMS say how long what they rendered stays true with a plain
``Cache-Control: max-age=N`` (the contact card ends it when the line in use
changes; publications and search say 60 s; an old address's 301 or 410 an
hour). That lifetime decides what the fast path keeps and for how long
(``keeping_time``). No answer leaves the site with it, though: a browser that
kept a page for N seconds would show it after a publish, and no purge can reach
a browser. Every shareable answer leaves as::

    Cache-Control: public, max-age=0, must-revalidate, s-maxage=<seconds left>

- browsers keep it but ask again every time (``If-None-Match`` with the ETag),
  and the fast path answers a 304 without a body when the page is unchanged;
- shared caches (nginx, a CDN) keep it for ``s-maxage``: what is left of its
  lifetime, and never past the next scheduled change (an alert banner's start
  or end, a scheduled publish), since a purge is sent on a publish but not when
  a banner's time or a contact line's hours come round.

``no-cache`` is never said: the fast path and nginx keep nothing that says it.
Static files (whitenoise: hashed, far-future) and media keep their own headers.
"""

from __future__ import annotations

import re

# Vary values an anonymous visitor's request cannot change for a kept page.
VARY_ALLOWED = {"cookie", "accept-encoding", "accept-language"}
MAX_AGE = re.compile(r"(?:^|[\s,])max-age=(\d+)")
NOT_SHAREABLE = ("private", "no-store", "no-cache")


def lifetime(response) -> int | None:
    """The seconds the view said this answer stays true, if it may be shared; else None."""
    control = response.get("Cache-Control", "")
    if not control or any(word in control for word in NOT_SHAREABLE):
        return None
    max_age = MAX_AGE.search(control)
    if max_age is None or int(max_age.group(1)) <= 0:
        return None
    return int(max_age.group(1))


def keeping_time(response, now: float) -> float | None:
    """Until when the fast path may keep this response, or None if it must not."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return None
    seconds = lifetime(response)
    if seconds is None:
        return None
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if not vary <= VARY_ALLOWED:
        return None
    return now + seconds


def for_browsers(seconds_left: int) -> str:
    """The Cache-Control an answer leaves with, given what is left of its lifetime."""
    return f"public, max-age=0, must-revalidate, s-maxage={max(0, seconds_left)}"


def leaving(response, seconds_to_next_change: float) -> None:
    """Rewrite the Cache-Control of an answer the fast path did not keep (see above)."""
    seconds = lifetime(response)
    if seconds is None:
        return
    response["Cache-Control"] = for_browsers(int(min(seconds, seconds_to_next_change)))
    if "Expires" in response:
        del response["Expires"]  # max-age=0 says it; an older cache might trust Expires
