"""Static and media addresses never reach outside their folders, however the ".." is spelled.

Each path is tried through the test client (with WhiteNoise as production runs
it, and as a developer's DEBUG run has it, looking files up on each request)
and as raw bytes over a socket to a server running the application exactly as
dccs_site/wsgi.py builds it, so no client tidies the path first. Every answer
must be a 404 at once, with the security headers: never a redirect (which
echoed the decoded path back, "/static/../manage.py/"), and never the contents
of a file outside the static or media folder.
"""

import socket

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connections
from django.test.testcases import LiveServerThread

from tests.dccs_site.test_security_headers import assert_strict_public_headers

pytestmark = pytest.mark.django_db

CANARY = "CANARY-outside-the-static-folder"
# Text from files outside the static folders that a leak would carry.
LEAK_MARKERS = ("DJANGO_SETTINGS_MODULE", "[project]", "SECRET_KEY", "root:x:0:0", CANARY)

TRAVERSALS = [
    "/static/../manage.py",
    "/static/../../manage.py",
    "/static/../../../manage.py",
    "/static/..%2fmanage.py",
    "/static/..%2f..%2fmanage.py",
    "/static/..%2F..%2F..%2Fmanage.py",
    "/static/%2e%2e/manage.py",
    "/static/%2e%2e/%2e%2e/manage.py",
    "/static/%2E%2E%2F%2E%2E%2Fpyproject.toml",
    "/static/..\\manage.py",
    "/static/..\\..\\manage.py",
    "/static/css/..%5c..%5cmanage.py",
    "/static/css/..%5c..%5c..%5cmanage.py",
    "/static/css/../../../manage.py",
    "/static/css/site.css/../../../manage.py",
    "/static/%252e%252e/%252e%252e/manage.py",  # encoded twice
    "/static/..%c0%af..%c0%afmanage.py",  # an overlong UTF-8 "/"
    "/static/....//....//manage.py",
    "/static/.%2e/.%2e/dccs_site/settings.py",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/css/../../../../../../../../etc/passwd",
    "/static/../canary.txt",
    "/static/..%2fcanary.txt",
    "/static/%2e%2e/canary.txt",
    "/static/..\\canary.txt",
    "/static/css/..%5c..%5ccanary.txt",
    "/media/../manage.py",
    "/media/../../manage.py",
    "/media/..%2f..%2fmanage.py",
    "/media/%2e%2e/%2e%2e/manage.py",
    "/media/..\\..\\manage.py",
    "/media/../canary.txt",
    "/media/%2e%2e/canary.txt",
    "/media//etc/passwd",
]


# Files that are not there, and the folders themselves: no page lives under /static/ or /media/.
MISSING = [
    "/static/missing.css",
    "/static/css/missing.css",
    "/static/css/site.css/",
    "/static/css/",
    "/static/",
    "/static",
    "/media/missing.pdf",
    "/media/publications/missing.pdf",
    "/media/",
    "/media",
]


# django CMS would look such a path up in the database to draw the 404 page's
# menu, and PostgreSQL refuses a NUL in a query (a 503, taken for an outage);
# dccs_site.security.MalformedPathMiddleware answers 404 before that.
NUL_PATHS = ["/static/manage.py%00.css", "/static/..%00/manage.py", "/about/%00/"]


@pytest.fixture
def folders(settings, tmp_path):
    """A collected static folder and a media folder, with a canary file beside them."""
    static_root = tmp_path / "staticfiles"
    (static_root / "css").mkdir(parents=True)
    (static_root / "css" / "site.css").write_text("body { margin: 0 }")
    (tmp_path / "media").mkdir()
    (tmp_path / "canary.txt").write_text(CANARY)
    settings.STATIC_ROOT = static_root
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path


def assert_not_served(path, status, body):
    text = body.decode("utf-8", "replace")
    leaked = [marker for marker in LEAK_MARKERS if marker in text]
    assert not leaked, f"{path} served a file from outside the folder: {leaked}"
    assert status == 404, f"{path} answered {status}"


@pytest.mark.parametrize("lookup", ["collected", "debug-finders"])
def test_the_test_client_never_gets_a_file_from_outside(folders, settings, client, lookup):
    if lookup == "debug-finders":  # as `make run` has it: files looked up on each request
        settings.WHITENOISE_USE_FINDERS = True
        settings.WHITENOISE_AUTOREFRESH = True

    assert client.get("/static/css/site.css").status_code == 200  # WhiteNoise is serving
    for path in TRAVERSALS:
        response = client.get(path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert_not_served(path, response.status_code, body)


@pytest.mark.parametrize("path", MISSING + TRAVERSALS)
def test_missing_static_and_media_paths_answer_404_at_once_with_the_security_headers(
    folders, settings, client, path
):
    """Not CommonMiddleware's 301 to the path plus "/" first (APPEND_SLASH: the CMS's page
    pattern would match it), which echoed the decoded path: "/static/../manage.py/"."""
    settings.SECURE_HSTS_SECONDS = 31536000

    response = client.get(path, secure=True)

    assert response.status_code == 404, f"{path} answered {response.status_code}"
    assert "Location" not in response
    assert_strict_public_headers(response)
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response.headers["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("path", NUL_PATHS)
def test_a_nul_in_the_path_is_not_found(folders, client, path):
    response = client.get(path)

    assert_not_served(path, response.status_code, response.content)


class ApplicationThread(LiveServerThread):
    """Django's live-server thread serving the application as dccs_site/wsgi.py builds it.

    (The live_server fixture wraps the application in Django's own static and
    media handlers, which production never runs.)
    """

    def __init__(self):
        # As LiveServerTestCase does: an in-memory SQLite database is only reachable
        # through the test's own connection; any other database gets one of its own
        # (it sees the seeded site, which is committed before the tests start).
        shared = {
            connection.alias: connection
            for connection in connections.all()
            if connection.vendor == "sqlite" and connection.is_in_memory_db()
        }
        for connection in shared.values():
            connection.inc_thread_sharing()
        super().__init__(
            "127.0.0.1", static_handler=lambda _: WSGIHandler(), connections_override=shared
        )
        self.daemon = True

    def terminate(self):
        super().terminate()
        for connection in self.connections_override.values():
            connection.dec_thread_sharing()


@pytest.fixture
def server(folders):
    thread = ApplicationThread()
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield thread
    thread.terminate()


def raw_get(port, path) -> tuple[int, dict, bytes]:
    """Send the request line exactly as given: nothing normalises "..", "%2f" or "\\"."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(
            b"GET " + path.encode("latin-1") + b" HTTP/1.1\r\nHost: localhost\r\n"
            b"Connection: close\r\n\r\n"
        )
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in header_lines if ": " in line)
    return int(status_line.split()[1]), headers, body


def test_raw_requests_to_the_application_never_get_a_file_from_outside(server):
    status, _, _ = raw_get(server.port, "/static/css/site.css")
    assert status == 200  # WhiteNoise is serving the collected folder

    for path in MISSING + TRAVERSALS:
        status, headers, body = raw_get(server.port, path)
        assert_not_served(path, status, body)
        assert "Location" not in headers, f"{path} was sent to {headers['Location']}"
        assert headers.get("X-Content-Type-Options") == "nosniff", path
        assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", ""), path
