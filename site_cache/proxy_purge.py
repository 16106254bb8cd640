"""Empty the reverse-proxy caches in front of the site when something is published.

A publish can change the navigation, the footer or the alert banner of every
page, so a proxy must drop *everything* it holds for the site, not one address.
``site_cache.refresh.site_changed()`` calls :func:`purge_proxies` after the
transaction commits::

    PROXY_PURGE_URLS=http://10.0.0.5/_dccs/purge-cache,http://10.0.0.6/_dccs/purge-cache

Each URL gets one ``PURGE`` request (at most a second each, all at once). The
proxy answers it by moving its cache to a new generation: the nginx
configuration in ``deploy/nginx/dccs.conf.template`` keeps a generation
number in shared memory, puts it at the front of every cache key and adds one
to it on ``PURGE``, so every entry cached before becomes unreachable at once
(and is evicted later by nginx's own cache manager). Debian's
``libnginx-mod-http-cache-purge`` (2.3) can only drop one exact key per
request, so it cannot do this; see docs/performance.md.

The purge is sent again ``PROXY_PURGE_REPEAT_SECONDS`` later (by default
``PAGE_CACHE_REMOTE_CHECK_SECONDS`` plus a quarter of a second: 0.75 s): app
instances on other hosts notice a publish up to that check interval late, and a
request the proxy passed to one of them in that moment may have been answered
with the old page and stored under the new generation. The second purge drops
it once every instance has caught up.

A proxy that cannot be reached is logged as a warning and never fails the
publish: the editor's change is saved either way, and the proxy's copy expires
by itself within its max-age (60 seconds at most).
"""

from __future__ import annotations

import http.client
import logging
import threading
import time
from urllib.parse import urlsplit

from django.conf import settings

logger = logging.getLogger(__name__)

PURGE_METHOD = "PURGE"
TIMEOUT_SECONDS = 1.0
# How much later than the other hosts' last possible look at the generation.
REPEAT_MARGIN_SECONDS = 0.25


def purge_proxies() -> None:
    """Tell every proxy in ``settings.PROXY_PURGE_URLS`` to drop all it has cached.

    Returns within about a second whatever the proxies do; never raises.
    """
    urls = [url for url in getattr(settings, "PROXY_PURGE_URLS", None) or [] if url]
    if not urls:
        return
    try:
        purge_all(urls)
        repeat_after = repeat_seconds()
        if repeat_after > 0:
            again = threading.Timer(repeat_after, purge_all, args=(urls,))
            again.daemon = True  # a worker shutting down does not wait for it
            again.start()
    except Exception:  # a bug here must not undo an editor's publish
        logger.warning("could not purge the proxy caches", exc_info=True)


def repeat_seconds() -> float:
    """How long after a purge to send it again (0: never)."""
    configured = getattr(settings, "PROXY_PURGE_REPEAT_SECONDS", None)
    if configured is not None:
        return float(configured)
    remote_check = float(getattr(settings, "PAGE_CACHE_REMOTE_CHECK_SECONDS", 0.5))
    return remote_check + REPEAT_MARGIN_SECONDS


def purge_all(urls: list[str], timeout: float = TIMEOUT_SECONDS) -> None:
    """Send the purges in parallel and wait at most ``timeout`` (plus a little) for them."""
    senders = [
        threading.Thread(target=send_purge, args=(url, timeout), daemon=True) for url in urls
    ]
    for sender in senders:
        sender.start()
    deadline = time.monotonic() + timeout + 0.1
    for sender in senders:
        sender.join(max(0.0, deadline - time.monotonic()))


def send_purge(url: str, timeout: float = TIMEOUT_SECONDS) -> bool:
    """One ``PURGE`` request; True when the proxy answered 2xx. Logs, never raises."""
    try:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            logger.warning("PROXY_PURGE_URLS entry is not an http(s) URL: %r", url)
            return False
        connection_class = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        connection = connection_class(parts.hostname, parts.port, timeout=timeout)
        try:
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
            connection.request(PURGE_METHOD, path, headers={"Content-Length": "0"})
            response = connection.getresponse()
            response.read(1024)
        finally:
            connection.close()
    except (OSError, http.client.HTTPException, ValueError) as error:
        logger.warning("proxy purge %s failed: %s: %s", url, type(error).__name__, error)
        return False
    if not 200 <= response.status < 300:
        logger.warning("proxy purge %s answered HTTP %s", url, response.status)
        return False
    logger.info("proxy purge %s: HTTP %s", url, response.status)
    return True
