"""site_cache.proxy_purge: a PURGE to every configured proxy, never an error for the publish."""

import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from site_cache.proxy_purge import purge_proxies, send_purge


class PurgeRecorder(BaseHTTPRequestHandler):
    """Answers PURGE with the status the test chose, and notes what it was sent."""

    def do_PURGE(self):  # noqa: N802 (the method name is the HTTP verb)
        server = self.server
        server.received.append((self.command, self.path, self.headers.get("Host")))
        if server.delay:
            time.sleep(server.delay)
        self.send_response(server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy():
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.received = []
    server.status = 200
    server.delay = 0.0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def url_of(server, path="/_dccs/purge-cache"):
    host, port = server.server_address
    return f"http://{host}:{port}{path}"


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_every_configured_proxy_is_sent_a_purge(proxy, settings):
    settings.PROXY_PURGE_URLS = [url_of(proxy), url_of(proxy, "/other?all=1")]
    settings.PROXY_PURGE_REPEAT_SECONDS = 0

    purge_proxies()

    assert sorted(proxy.received) == [
        ("PURGE", "/_dccs/purge-cache", f"127.0.0.1:{proxy.server_address[1]}"),
        ("PURGE", "/other?all=1", f"127.0.0.1:{proxy.server_address[1]}"),
    ]


def test_the_purge_is_repeated_once_other_hosts_have_caught_up(proxy, settings):
    settings.PROXY_PURGE_URLS = [url_of(proxy)]
    settings.PROXY_PURGE_REPEAT_SECONDS = 0.2

    purge_proxies()
    assert len(proxy.received) == 1

    deadline = time.monotonic() + 3
    while len(proxy.received) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(proxy.received) == 2


def test_nothing_is_sent_when_no_proxy_is_configured(proxy, settings):
    settings.PROXY_PURGE_URLS = []

    purge_proxies()

    time.sleep(0.05)
    assert proxy.received == []


def test_nothing_is_sent_when_the_setting_is_missing(proxy, settings):
    del settings.PROXY_PURGE_URLS

    purge_proxies()

    assert proxy.received == []


def test_an_unreachable_proxy_is_a_warning_not_an_error(proxy, settings, caplog):
    unreachable = f"http://127.0.0.1:{closed_port()}/_dccs/purge-cache"
    settings.PROXY_PURGE_URLS = [unreachable, url_of(proxy)]
    settings.PROXY_PURGE_REPEAT_SECONDS = 0

    with caplog.at_level(logging.WARNING, logger="site_cache.proxy_purge"):
        purge_proxies()

    assert len(proxy.received) == 1  # the reachable one still got its purge
    assert any(unreachable in record.getMessage() for record in caplog.records)


def test_a_refused_purge_is_a_warning(proxy, caplog):
    proxy.status = 403

    with caplog.at_level(logging.WARNING, logger="site_cache.proxy_purge"):
        assert send_purge(url_of(proxy)) is False

    assert "HTTP 403" in caplog.text


def test_a_slow_proxy_holds_the_publish_up_for_about_a_second_at_most(proxy, settings, caplog):
    proxy.delay = 3
    settings.PROXY_PURGE_URLS = [url_of(proxy), url_of(proxy)]
    settings.PROXY_PURGE_REPEAT_SECONDS = 0

    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="site_cache.proxy_purge"):
        purge_proxies()

    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("nonsense", ["not a url", "ftp://127.0.0.1/purge", "http://host:port/"])
def test_a_malformed_url_is_a_warning(nonsense, settings, caplog):
    settings.PROXY_PURGE_URLS = [nonsense]
    settings.PROXY_PURGE_REPEAT_SECONDS = 0

    with caplog.at_level(logging.WARNING, logger="site_cache.proxy_purge"):
        purge_proxies()

    assert caplog.records


def test_the_repeat_follows_the_other_hosts_check_interval_unless_set(settings):
    from site_cache.proxy_purge import repeat_seconds

    settings.PAGE_CACHE_REMOTE_CHECK_SECONDS = 0.5
    if hasattr(settings, "PROXY_PURGE_REPEAT_SECONDS"):
        del settings.PROXY_PURGE_REPEAT_SECONDS
    assert repeat_seconds() == 0.75
    settings.PROXY_PURGE_REPEAT_SECONDS = 0
    assert repeat_seconds() == 0
