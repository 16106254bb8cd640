#!/usr/bin/env python3
"""Back up and restore the site's database and uploaded files: ``make backup``, ``make restore``.

``backup [--into FOLDER]`` writes, into FOLDER (default ``var/backups/<UTC time>``):

- ``database.dump``: PostgreSQL, ``pg_dump --format=custom``; or ``database.sqlite3``:
  SQLite, a consistent copy taken with SQLite's online backup;
- ``media.tar.gz``: every file under MEDIA_ROOT (publications' PDFs, images);
- ``manifest.json``: when and where from, and each file's size and SHA-256.
  It is written last: a folder without it is an unfinished backup.

``restore BACKUP`` checks the files against the manifest, then restores into
DATABASE_URL's database and MEDIA_ROOT. It never overwrites anything: the
database must be empty (a new one, made with ``createdb``) and MEDIA_ROOT empty
or missing, so a mistyped command cannot destroy the live site. Point the
site at the restored database once it is checked.

Both read the same environment as the site, with the same defaults
(DATABASE_URL: SQLite at var/db.sqlite3; MEDIA_ROOT: var/media), and need
pg_dump and pg_restore (postgresql-client) for PostgreSQL, of the server's
major version or newer.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
# Connection options libpq understands; dj-database-url passes the URL's query string on.
LIBPQ_OPTIONS = {
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "connect_timeout",
    "application_name",
    "options",
    "target_session_attrs",
}


class BackupError(Exception):
    """What went wrong, in words for the person running the command."""


def say(message: str) -> None:
    print(message, flush=True)


class Database:
    """DATABASE_URL's database, read as the site reads it."""

    def __init__(self, url: str | None = None):
        url = url or os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'var' / 'db.sqlite3'}"
        config = dj_database_url.parse(url)
        engine = config["ENGINE"]
        if engine.endswith(("postgresql", "postgis")):
            self.kind = "postgresql"
        elif engine.endswith("sqlite3"):
            self.kind = "sqlite"
        else:
            raise BackupError(f"backups support PostgreSQL and SQLite, not {engine}")
        self.config = config

    @property
    def name(self) -> str:
        return str(self.config["NAME"])

    def describe(self) -> str:
        if self.kind == "sqlite":
            return f"SQLite database {self.name}"
        host = self.config.get("HOST") or "local socket"
        return f"PostgreSQL database {self.name} on {host}:{self.config.get('PORT') or 5432}"

    def conninfo(self) -> str:
        """A libpq connection string (the password goes in the environment, not here)."""
        settings = {
            "dbname": self.name,
            "host": self.config.get("HOST"),
            "port": self.config.get("PORT"),
            "user": self.config.get("USER"),
        }
        options = self.config.get("OPTIONS", {})
        settings.update({key: options[key] for key in LIBPQ_OPTIONS & options.keys()})

        def quoted(value) -> str:
            return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"

        return " ".join(f"{key}={quoted(value)}" for key, value in settings.items() if value)

    def client(self, command: list[str]) -> subprocess.CompletedProcess:
        """Run a PostgreSQL client program against this database; BackupError if it fails."""
        env = dict(os.environ)
        if self.config.get("PASSWORD"):
            env["PGPASSWORD"] = str(self.config["PASSWORD"])
        program = shutil.which(command[0])
        if program is None:
            raise BackupError(f"{command[0]} not found: install postgresql-client")
        result = subprocess.run(  # noqa: S603 (PostgreSQL's own tools, no shell)
            [program, *command[1:]], env=env, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise BackupError(f"{command[0]} failed:\n{result.stderr.strip()}")
        return result

    def user_relations(self) -> int:
        """How many tables, views and sequences the database holds outside the system schemas."""
        if self.kind == "sqlite":
            path = Path(self.name)
            if not path.exists() or path.stat().st_size == 0:
                return 0
            with closing(sqlite3.connect(path)) as connection:
                return connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        query = (
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
            "AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"
        )
        result = self.client(["psql", "-X", "-q", "-A", "-t", "-d", self.conninfo(), "-c", query])
        return int(result.stdout.strip())


def media_root() -> Path:
    return Path(os.environ.get("MEDIA_ROOT") or ROOT / "var" / "media")


def sqlite_copy(source: str | Path, target: str | Path) -> None:
    """A consistent copy, even of a database the site is writing to (SQLite's online backup)."""
    with closing(sqlite3.connect(source)) as origin, closing(sqlite3.connect(target)) as copy:
        origin.backup(copy)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def backup(into: Path | None) -> Path:
    database, media = Database(), media_root()
    folder = into or ROOT / "var" / "backups" / datetime.now(UTC).strftime("%Y%m%d-%H%M%SZ")
    if folder.exists() and any(folder.iterdir()):
        raise BackupError(f"{folder} is not empty: back up into a new folder")
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        database_file = folder / DATABASE_FILES[database.kind]
        say(f"backing up the {database.describe()} into {database_file}")
        if database.kind == "postgresql":
            database.client(
                ["pg_dump", "--format=custom", f"--file={database_file}", "-d", database.conninfo()]
            )
        else:
            if not Path(database.name).is_file():
                raise BackupError(f"there is no SQLite database at {database.name}")
            sqlite_copy(database.name, database_file)

        say(f"backing up the media folder {media} into {folder / MEDIA_ARCHIVE}")
        media_files = 0
        with tarfile.open(folder / MEDIA_ARCHIVE, "w:gz") as archive:
            if media.is_dir():
                for entry in sorted(media.iterdir()):
                    archive.add(entry, arcname=entry.name)
                media_files = sum(1 for path in media.rglob("*") if path.is_file())
            else:
                say(f"  (no media folder at {media}: the archive is empty)")

        manifest = {
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": {"kind": database.kind, "source": database.describe()},
            "media": {"source": str(media), "files": media_files},
            "files": {
                path.name: {"bytes": path.stat().st_size, "sha256": sha256(path)}
                for path in (database_file, folder / MEDIA_ARCHIVE)
            },
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    except BaseException:
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    say(f"backup complete: {folder} ({media_files} media files)")
    return folder


def restore(folder: Path) -> None:
    database, media = Database(), media_root()
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError as missing:
        raise BackupError(f"{folder} holds no {MANIFEST}: not a complete backup") from missing
    for name, expected in manifest["files"].items():
        if not (folder / name).is_file() or sha256(folder / name) != expected["sha256"]:
            raise BackupError(f"{folder / name} is missing or damaged (checksum differs)")
    kind = manifest["database"]["kind"]
    if kind != database.kind:
        raise BackupError(
            f"the backup holds a {kind} database; DATABASE_URL points at {database.kind}"
        )

    # Nothing is overwritten: check both targets before touching either.
    if relations := database.user_relations():
        raise BackupError(
            f"the {database.describe()} is not empty ({relations} tables, views and sequences): "
            "restore into a new, empty database (createdb), then point DATABASE_URL at it"
        )
    if media.exists() and any(media.iterdir()):
        raise BackupError(f"the media folder {media} is not empty: restore into an empty one")

    say(f"restoring {manifest['database']['source']} ({manifest['created']})")
    say(f"  into the {database.describe()}")
    database_file = folder / DATABASE_FILES[kind]
    if kind == "postgresql":
        database.client(
            [
                "pg_restore",
                "--no-owner",
                "--no-acl",
                "--single-transaction",
                "--exit-on-error",
                "-d",
                database.conninfo(),
                str(database_file),
            ]
        )
    else:
        Path(database.name).parent.mkdir(parents=True, exist_ok=True)
        sqlite_copy(database_file, database.name)

    say(f"restoring {manifest['media']['files']} media files into {media}")
    media.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / MEDIA_ARCHIVE, "r:gz") as archive:
        archive.extractall(media, filter="data")  # no absolute paths, links out, or devices
    say("restore complete")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    backup_command = commands.add_parser("backup", help="back up the database and media folder")
    backup_command.add_argument(
        "--into", type=Path, help="a new or empty folder (default var/backups/<UTC time>)"
    )
    restore_command = commands.add_parser("restore", help="restore a backup folder")
    restore_command.add_argument("backup", type=Path, help="the backup folder")
    args = parser.parse_args(argv)
    try:
        if args.command == "backup":
            backup(args.into)
        else:
            restore(args.backup)
    except BackupError as error:
        print(f"{args.command} failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
