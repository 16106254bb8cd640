"""The site's generation: one number that every change readers may see moves on.

Every app process keeps the pages it has served to anonymous visitors in its
own memory (site_cache/fast_path.py). A process may serve a kept page only while
the site's generation is the one it saw when it kept the page. A change
(site_cache/refresh.py says when) bumps the generation in two places:

- a small file shared by every process on this host
  (``settings.PAGE_CACHE_GENERATION_FILE``), read through ``mmap`` on every
  request (a memory read: well under a microsecond), so every process on the
  host serves the new page on its very next request;
- when ``REDIS_URL`` is set, a key in Redis, which each process reads at most
  every ``PAGE_CACHE_REMOTE_CHECK_SECONDS`` (0.5 s), so processes on other
  hosts serve the new page within one second.

Scheduled changes (an alert banner's start or end, a scheduled publish, as the
apps declare them: site_cache/declarations.py) need no editor: the process that
first sees the moment pass has any due publish made, drops what it kept, and a
kept page never outlives the next scheduled change::

    state().current()      # the generation as this process sees it (None: keep nothing)
    state().bump_host()    # every process on this host, at once
    state().bump()         # and every other host, through Redis
"""

from __future__ import annotations

import fcntl
import logging
import mmap
import os
import threading
import time
import uuid
import weakref
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError

logger = logging.getLogger(__name__)

REMOTE_KEY = "dccs:site-generation"
# How long a process that cannot work out the next scheduled change waits before asking again.
SCHEDULE_RETRY_SECONDS = 60.0


class HostGeneration:
    """An 8-byte counter in a file, shared by every process on the host."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._map: mmap.mmap | None = None
        self._lock = threading.Lock()

    def _open(self) -> mmap.mmap:
        with self._lock:
            if self._map is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
                try:
                    if os.fstat(fd).st_size < 8:
                        os.ftruncate(fd, 8)
                    self._map = mmap.mmap(fd, 8, access=mmap.ACCESS_READ)
                finally:
                    os.close(fd)
            return self._map

    def read(self) -> int:
        return int.from_bytes(self._open()[:8], "little")

    def bump(self) -> int:
        self._open()
        with open(self.path, "r+b") as counter:
            fcntl.flock(counter, fcntl.LOCK_EX)
            value = int.from_bytes(counter.read(8).ljust(8, b"\0"), "little") + 1
            counter.seek(0)
            counter.write(value.to_bytes(8, "little"))
            counter.flush()
        return value


class Freshness:
    """What one process knows of the site's generation, and when it last looked."""

    def __init__(self):
        self.host = HostGeneration(settings.PAGE_CACHE_GENERATION_FILE)
        self.remote_interval = settings.PAGE_CACHE_REMOTE_CHECK_SECONDS
        self.uses_remote = bool(getattr(settings, "REDIS_URL", ""))
        self._remote_token = None
        self._remote_checked_at = 0.0
        self._seen = None
        self._next_scheduled_change: float | None = None
        self._unreadable_reported = False  # say it once, not on every request
        # Whatever this process keeps that a change must empty (fast_path.PageStore).
        self.stores: weakref.WeakSet = weakref.WeakSet()

    def current(self, force_remote: bool = False):
        """The generation as this process sees it now (cheap: see the module docstring)."""
        now = time.time()
        if self.uses_remote and (
            force_remote or now - self._remote_checked_at >= self.remote_interval
        ):
            self._remote_checked_at = now
            try:
                self._remote_token = cache.get(REMOTE_KEY)
            except Exception:  # Redis unreachable: the host file still works
                logger.warning("could not read the site generation from the shared cache")
        try:
            seen = (self.host.read(), self._remote_token)
        except OSError:  # no generation file (a read-only folder?): keep nothing
            if not self._unreadable_reported:
                self._unreadable_reported = True
                logger.exception("cannot read %s: pages are not kept", self.host.path)
            return None
        if seen != self._seen:
            self._changed(seen)
        if self._next_scheduled_change is None:
            self._next_scheduled_change = next_scheduled_change(now)
        elif now >= self._next_scheduled_change:
            self._scheduled_moment_passed(now)
        return self._seen

    def _changed(self, seen) -> None:
        first_look = self._seen is None
        self._seen = seen
        self._next_scheduled_change = None  # a publish may have scheduled a banner
        if not first_look:
            forget_local_caches()
        for store in list(self.stores):
            store.clear()

    def _scheduled_moment_passed(self, now: float) -> None:
        """A banner started or ended, or a scheduled publish is due (made here, before this
        request is served): pages rendered before now are out of date."""
        from cms.cache import invalidate_cms_page_cache

        make_due_changes(now)
        self._next_scheduled_change = next_scheduled_change(now)
        invalidate_cms_page_cache()
        forget_local_caches()
        for store in list(self.stores):
            store.clear()

    def expires_no_later_than(self) -> float:
        """When the next scheduled change is due (a kept page must not outlive it)."""
        return self._next_scheduled_change or (time.time() + SCHEDULE_RETRY_SECONDS)

    def bump_host(self) -> None:
        """Tell every process on this host; this one looks again at once (so the
        query for the next scheduled change is made here, not in a reader's request)."""
        self._bump_file()
        self.current()

    def _bump_file(self) -> None:
        try:
            self.host.bump()
        except OSError:  # the change is saved; readers' pages are then not kept either
            logger.exception("cannot bump %s", self.host.path)

    def bump(self) -> None:
        self._bump_file()
        if self.uses_remote:
            try:
                cache.set(REMOTE_KEY, uuid.uuid4().hex, timeout=None)
            except Exception:
                logger.warning("could not bump the site generation in the shared cache")
        self.current(force_remote=True)


def next_scheduled_change(now: float) -> float:
    """The next moment a page changes by itself, as the apps declare it (an alert banner's
    start or end: site_cache/declarations.py)."""
    from datetime import UTC, datetime

    from site_cache.declarations import next_page_change

    try:
        moment = next_page_change(datetime.fromtimestamp(now, UTC))
    except DatabaseError:
        return now + SCHEDULE_RETRY_SECONDS
    if moment is None:
        return float("inf")
    return moment.timestamp()


def make_due_changes(now: float) -> None:
    """The changes apps make themselves at their moment (a scheduled publish)."""
    from datetime import UTC, datetime

    from site_cache import declarations

    try:
        declarations.make_due_changes(datetime.fromtimestamp(now, UTC))
    except Exception:  # never a reader's error; the next moment retries
        logger.exception("scheduled changes could not be made")


def forget_local_caches() -> None:
    """Drop this process's own copy of the CMS's caches, when they are not shared.

    With Redis (production) every process shares django CMS's caches and they
    are versioned by the CMS itself. With the local-memory default each process
    has its own copy, which a publish in another process cannot reach.
    """
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    if isinstance(caches["default"], LocMemCache):
        caches["default"].clear()


_state: Freshness | None = None
_state_lock = threading.Lock()


def state() -> Freshness:
    global _state
    if _state is None:
        with _state_lock:
            if _state is None:
                _state = Freshness()
    return _state


def reset_state() -> None:
    """Forget this process's view of the generation (a test that changes the settings)."""
    global _state
    _state = None
