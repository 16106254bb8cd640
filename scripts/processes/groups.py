"""Commands in process groups of their own, and the rig that stops every one of them.

``Rig`` owns a run's folder and everything started for it; ``ProcessGroup`` is
one long-running command (a server, collectstatic) that ``stop`` ends with all
its children; ``run`` is a command run to the end. Errors, ports and progress
lines (``say``) are here too, as every script reports them alike.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HOST = "127.0.0.1"


class SetupError(Exception):
    """The rig could not be set up; the site was not judged."""


class Interrupted(Exception):
    """SIGTERM or SIGHUP: stop like Ctrl-C does, cleaning up on the way out."""


STARTED = time.monotonic()


def say(message: str) -> None:
    """One line of progress, stamped with the seconds since the script started."""
    print(f"[{time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


def tail(path: Path, lines: int = 30) -> str:
    """The last lines of a log, to quote when something failed."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def run(
    command: list[str],
    *,
    log: Path,
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
    timeout: float | None = None,
    own_session: bool = False,
) -> None:
    """Run a command to completion, its output to ``log``; a SetupError if it fails."""
    with log.open("ab") as output:
        result = subprocess.run(  # noqa: S603 (our own commands, no shell)
            command,
            cwd=cwd,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
            timeout=timeout,
            start_new_session=own_session,
        )
    if result.returncode != 0:
        raise SetupError(f"{' '.join(command)} failed:\n{tail(log)}")


def free_port() -> int:
    """A port nothing listens on, as the kernel picks one: never a fixed number two runs share."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def port_is_free(port: int) -> bool:
    """Nothing listens there (connections of a previous run in TIME_WAIT don't count)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


class ProcessGroup:
    """A command in a process group of its own, its output to ``log``; ``port`` if it serves.

    ``stop`` ends it with all its children. Start it with ``Rig.start``, which
    registers ``stop`` first, so that nothing started can be missed.
    """

    def __init__(
        self, name: str, command: list[str], log: Path, env: dict[str, str], port: int = 0
    ):
        self.name, self.command, self.log, self.env, self.port = name, command, log, env, port
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(  # noqa: S603 (our own commands, no shell)
                self.command,
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def exited(self) -> int | None:
        return self.process.poll() if self.process else None

    def wait_for_success(self) -> None:
        """Wait for it to finish; a SetupError if it failed."""
        if self.process.wait() != 0:
            raise SetupError(f"{self.name} failed:\n{tail(self.log)}")

    def stop(self) -> None:
        """SIGINT (gunicorn's quick shutdown) to the whole group; SIGKILL to whatever is left
        after 10 seconds, or once the command itself has ended (a child that ignored SIGINT)."""
        if self.process is None:
            return
        try:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGINT)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.process.wait(timeout=10)
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # the group is gone already
        self.process.wait()


class Rig:
    """A folder of its own and everything started for one run, stopped last first, exactly once.

    ``Rig("dccs-drill-")`` makes a temporary folder and removes it at the end
    (unless ``keep``); ``Rig(folder=tmp_path)`` works in a folder the caller owns.
    """

    def __init__(self, prefix: str = "dccs-", *, keep: bool = False, folder: Path | None = None):
        self.folder = folder or Path(tempfile.mkdtemp(prefix=prefix))
        self.owns_folder, self.keep = folder is None, keep
        self.cleanups: list[Callable[[], object]] = []
        self._cleaned = False

    def on_cleanup(self, stop: Callable[[], object]) -> None:
        self.cleanups.append(stop)

    def start(self, process: ProcessGroup) -> ProcessGroup:
        self.on_cleanup(process.stop)
        process.start()
        return process

    def cleanup(self) -> None:
        """Stop everything, last started first; if a signal cuts this short, atexit goes on."""
        while self.cleanups:
            stop = self.cleanups.pop()
            began = time.monotonic()
            try:
                stop()
            except Exception as error:  # keep stopping the rest
                say(f"while cleaning up: {error}")
            if time.monotonic() - began > 5:
                say(f"cleaning up: {getattr(stop, '__qualname__', stop)} took a while")
        if self._cleaned or not self.owns_folder:
            return
        self._cleaned = True
        if self.keep:
            say(f"kept {self.folder}")
        else:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Rig:
        return self

    def __exit__(self, *exc_info) -> None:
        self.cleanup()

    def run(self, work: Callable[[Rig], int]) -> int:
        """``work(rig)``'s exit status; 2 when the rig could not be set up, 130 when interrupted.

        Whatever happens, everything started is stopped before it returns.
        """

        def interrupt(signum, frame):
            raise Interrupted(signal.Signals(signum).name)

        stopping = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
        before = {signum: signal.getsignal(signum) for signum in stopping}
        signal.signal(signal.SIGTERM, interrupt)
        signal.signal(signal.SIGHUP, interrupt)
        atexit.register(self.cleanup)
        try:
            return work(self)
        except SetupError as error:
            say(f"SETUP FAILED: {error}")
            return 2
        except (KeyboardInterrupt, Interrupted):
            say("interrupted")
            return 130
        finally:
            # A second Ctrl-C must not leave things running half-stopped.
            for signum in stopping:
                signal.signal(signum, signal.SIG_IGN)
            self.cleanup()
            say("stopped everything it had started, and cleaned up after it")
            for signum, handler in before.items():
                signal.signal(signum, handler)
