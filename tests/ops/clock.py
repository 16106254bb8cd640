"""A test-only clock for the gunicorn processes of tests/ops/test_two_instances.py.

A test cannot move the clock of a server in another process with time-machine in its
own, and must not sleep until a scheduled minute. So the rig's settings
(tests/ops/two_instances_settings.py) put this middleware first, before the fast path
(site_cache/fast_path.py), and the rig names a file in its folder in
``DCCS_TEST_CLOCK_FILE``. While that file holds an ISO 8601 moment with its offset, each
request is answered with the clock stopped at that moment (``time_machine.travel(...,
tick=False)``): the fast path, the site's freshness check and the views all read it.
With no file, the real clock::

    Path(env["DCCS_TEST_CLOCK_FILE"]).write_text("2027-01-12T09:00:00+00:00")  # from now on
    Path(env["DCCS_TEST_CLOCK_FILE"]).unlink()                                 # real time

Never in production settings: without ``DCCS_TEST_CLOCK_FILE`` it takes itself out
of the stack (``MiddlewareNotUsed``).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import time_machine
from django.core.exceptions import MiddlewareNotUsed

CLOCK_FILE = "DCCS_TEST_CLOCK_FILE"


def moment_in(path: Path) -> datetime | None:
    """The moment the file names, or None when there is no file (the real clock)."""
    try:
        written = path.read_text().strip()
    except FileNotFoundError:
        return None
    moment = datetime.fromisoformat(written)
    if moment.tzinfo is None:  # a moment without its offset would be read in the server's zone
        raise ValueError(f"{path} holds {written!r}: give the offset (+00:00)")
    return moment


class MovedClockMiddleware:
    """Answer each request at the moment the clock file names, if there is one."""

    def __init__(self, get_response):
        name = os.environ.get(CLOCK_FILE)
        if not name:
            raise MiddlewareNotUsed(f"no {CLOCK_FILE}: the real clock")
        self.path = Path(name)
        self.get_response = get_response

    def __call__(self, request):
        moment = moment_in(self.path)
        if moment is None:
            return self.get_response(request)
        with time_machine.travel(moment, tick=False):
            return self.get_response(request)
