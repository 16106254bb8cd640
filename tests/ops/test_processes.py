"""scripts/processes.py: the helpers every ops script and test starts the site with."""

import os
import socket
import time
from pathlib import Path

from scripts.processes import (
    ProcessGroup,
    Rig,
    SetupError,
    chromium_launch_args,
    free_port,
    port_is_free,
    site_environment,
)


def test_a_free_port_is_free_until_something_listens_on_it():
    port = free_port()
    assert port_is_free(port)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", port))
        listener.listen()
        assert not port_is_free(port)


def test_the_site_environment_keeps_nothing_of_the_callers_site(tmp_path, monkeypatch):
    for name, value in {
        "DEBUG": "1",
        "REDIS_URL": "redis://elsewhere:6379/0",
        "SECURE_SSL_REDIRECT": "0",
        "MEDIA_STORAGE": "s3",
        "PAGE_CACHE_GENERATION_FILE": "/var/shared/generation",
        "PROXY_PURGE_URLS": "http://proxy/purge",
    }.items():
        monkeypatch.setenv(name, value)

    env = site_environment(tmp_path, "sqlite:///db.sqlite3", label="test")

    assert env["DEBUG"] == "0"
    assert env["DJANGO_SECRET_KEY"].startswith("test-")
    assert env["DATABASE_URL"] == "sqlite:///db.sqlite3"
    assert env["PAGE_CACHE_GENERATION_FILE"].startswith(str(tmp_path))
    assert env["MEDIA_ROOT"] == str(tmp_path / "media")
    for name in ("REDIS_URL", "SECURE_SSL_REDIRECT", "MEDIA_STORAGE", "PROXY_PURGE_URLS"):
        assert name not in env


def test_plain_http_and_overrides(tmp_path):
    env = site_environment(tmp_path, "sqlite://", label="test", plain_http=True, DEBUG="1")

    assert env["SECURE_SSL_REDIRECT"] == env["SESSION_COOKIE_SECURE"] == "0"
    assert env["DEBUG"] == "1"


def running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False


def test_stopping_a_process_group_ends_its_children_too(tmp_path):
    log = tmp_path / "shell.log"
    # A non-interactive shell's background child ignores SIGINT: only SIGKILL ends it.
    shell = ProcessGroup("shell", ["sh", "-c", "sleep 60 & echo $!; wait"], log, dict(os.environ))
    shell.start()
    deadline = time.monotonic() + 10
    while not log.read_text().strip() and time.monotonic() < deadline:
        time.sleep(0.05)
    child = int(log.read_text())

    shell.stop()

    deadline = time.monotonic() + 5
    while running(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not running(child)


def test_a_rig_stops_the_last_started_first_once_and_removes_its_folder():
    stopped = []
    rig = Rig("dccs-test-")
    rig.on_cleanup(lambda: stopped.append("first"))
    rig.on_cleanup(lambda: stopped.append("second"))

    rig.cleanup()
    rig.cleanup()

    assert stopped == ["second", "first"]
    assert not rig.folder.exists()


def test_a_rig_in_the_callers_folder_leaves_it(tmp_path):
    with Rig(folder=tmp_path):
        pass
    assert tmp_path.exists()


def test_a_rig_that_cannot_be_set_up_exits_2_and_still_cleans_up():
    stopped = []

    def work(rig):
        rig.on_cleanup(lambda: stopped.append(True))
        raise SetupError("no PostgreSQL")

    assert Rig("dccs-test-").run(work) == 2
    assert stopped == [True]


def test_chromium_launches_headless_from_one_place():
    launch = chromium_launch_args()

    assert "--headless" in launch["args"]
    assert launch["executable_path"]
