"""PostgreSQL for the drills: a database of our own on a server, or a whole cluster of our own.

``ScratchDatabase`` is for the scale demo, the benchmark and the ops tests: it
drops and creates one named database on an existing server, and drops it at the
end. ``Cluster`` is for the resilience drill, which restarts PostgreSQL under
load and so needs a server nobody else uses: a cluster in a temporary folder,
on a free port of loopback, trusting local connections.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
from pathlib import Path
from urllib.parse import urlsplit

from scripts.processes import HOST, SetupError, run


class ScratchDatabase:
    """``name`` on the server of ``server_url``, reached through that URL's database.

    ``create`` drops any leftover of an earlier run first. Register ``drop`` with
    ``Rig.on_cleanup`` before calling ``create``.
    """

    def __init__(self, server_url: str, name: str):
        parts = urlsplit(server_url)
        self.name = name
        admin_path = parts.path if parts.path.strip("/") else "/postgres"
        self.admin_url = parts._replace(path=admin_path).geturl()
        self.url = parts._replace(path=f"/{name}").geturl()

    def _execute(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=10) as connection:
            connection.execute(statement)

    def create(self) -> str:
        """An empty database; its URL."""
        import psycopg

        try:
            self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self._execute(f'CREATE DATABASE "{self.name}"')
        except psycopg.Error as error:
            raise SetupError(f"PostgreSQL at {self.admin_url}: {error}") from error
        return self.url

    def drop(self) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def postgres_bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: p.parts)
    if not versions:
        raise SetupError("no PostgreSQL server binaries (pg_ctl, initdb) found")
    return versions[-1].parent


class Cluster:
    """A PostgreSQL cluster in a temporary folder, on loopback, trusting local connections.

    Run as root, the cluster belongs to the ``postgres`` user, since initdb and
    postgres refuse root.
    """

    def __init__(self, folder: Path, port: int):
        self.data = folder / "pgdata"
        self.sockets = folder / "pgsockets"
        self.log = folder / "postgres.log"
        self.port = port
        self.bin = postgres_bin_dir()
        self.owner_prefix: list[str] = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as missing:
                raise SetupError(
                    "running as root needs a 'postgres' user to own the cluster"
                ) from missing
            self.owner_prefix = [
                shutil.which("runuser") or "/usr/sbin/runuser",
                "-u",
                "postgres",
                "--",
            ]
            folder.chmod(0o711)  # the postgres user passes through; it cannot list
        for path in (self.data, self.sockets):
            path.mkdir(mode=0o700)
            if self.owner_prefix:
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self.log.touch()
        if self.owner_prefix:
            os.chown(self.log, owner.pw_uid, owner.pw_gid)
        self.created = False

    @property
    def server_url(self) -> str:
        return f"postgres://postgres@{HOST}:{self.port}/postgres"

    def pg_ctl(self, *args: str, log: Path | None = None) -> None:
        run(
            [*self.owner_prefix, str(self.bin / "pg_ctl"), "-D", str(self.data), *args],
            log=log or self.log.with_suffix(".ctl.log"),
            cwd=self.data.parent,
            # its own session: Ctrl-C in the terminal reaches us, and we stop it in order
            own_session=True,
        )

    def create(self) -> None:
        run(
            [
                *self.owner_prefix,
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync",
                "--no-instructions",
            ],
            log=self.log.with_suffix(".initdb.log"),
            cwd=self.data.parent,
        )
        self.created = True
        # In the configuration file, so that `pg_ctl restart` keeps them.
        settings = (
            f"\nport = {self.port}\nlisten_addresses = '{HOST}'\n"
            f"unix_socket_directories = '{self.sockets}'\n"
            # a throwaway cluster: durability costs time and buys nothing
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
        )
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(settings)

    def start(self) -> None:
        self.pg_ctl("start", "-w", "-t", "60", "-l", str(self.log))

    def restart(self) -> None:
        self.pg_ctl("restart", "-m", "fast", "-w", "-t", "60", "-l", str(self.log))

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        if not self.created or self.postmaster_pid() is None:
            return
        try:
            self.pg_ctl("stop", "-m", "immediate", "-w", "-t", "30")
        except SetupError:
            pid = self.postmaster_pid()
            # Only our own postmaster: a stale postmaster.pid may name someone else's process.
            if pid and str(self.data).encode() in self.command_line(pid):
                os.kill(pid, signal.SIGKILL)

    @staticmethod
    def command_line(pid: int) -> bytes:
        try:
            return Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return b""
