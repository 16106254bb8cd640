"""The restore drill: back up a seeded site, restore it elsewhere, and use the restore.

scripts/backups.py is run as ``make backup`` and ``make restore`` run it, in
processes of their own pointed by DATABASE_URL and MEDIA_ROOT at scratch
databases and folders. The source is dropped before the restore is checked,
so the check can only have read the restore.

On PostgreSQL the drill needs DATABASE_URL to point at a server where it may
create databases (CI's PostgreSQL run); it makes two, named after the
pytest-xdist worker, and drops them afterwards. On SQLite it always runs.
"""

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from pages.seed.content import SEED_PAGES
from scripts import processes
from scripts.processes import Rig
from scripts.scratch_postgres import ScratchDatabase

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 300


@dataclass
class Scratch:
    """Where one drill backs up from (seeded) and restores to (empty at first)."""

    source_url: str
    restored_url: str
    drop_source: object  # a callable: after the backup, the source must be gone


@pytest.fixture(params=["sqlite", "postgresql"])
def scratch(request, tmp_path, postgres_url, scratch_database_name):
    if request.param == "sqlite":
        source = tmp_path / "source.sqlite3"
        yield Scratch(
            f"sqlite:///{source}", f"sqlite:///{tmp_path / 'restored.sqlite3'}", source.unlink
        )
        return
    if not postgres_url:
        pytest.skip(
            "the PostgreSQL restore drill needs DATABASE_URL to point at a PostgreSQL server "
            "where it may create scratch databases (CI's PostgreSQL run sets it)"
        )
    source, restored = (
        ScratchDatabase(postgres_url, scratch_database_name(f"dccs_drill_{role}"))
        for role in ("source", "restored")
    )
    with Rig(folder=tmp_path) as rig:
        for database in (source, restored):
            rig.on_cleanup(database.drop)
            database.create()
        yield Scratch(source.url, restored.url, source.drop)


def site_environment(database_url: str, media_root: Path) -> dict[str, str]:
    """The site's settings module (not the tests'), pointed at one scratch database and folder.

    DEBUG on: no collected static files needed, and the restored site answers the
    test client's plain-HTTP requests.
    """
    folder = media_root.parent  # the test's own tmp_path
    return processes.site_environment(
        folder, database_url, label="restore-drill", DEBUG="1", MEDIA_ROOT=str(media_root)
    )


def run(env, *arguments, check=True):
    result = subprocess.run(  # noqa: S603 (our own scripts, no shell)
        [sys.executable, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    if check:
        assert result.returncode == 0, f"{arguments} failed:\n{result.stdout}\n{result.stderr}"
    return result


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_restores_into_a_fresh_database_and_media_folder(scratch, tmp_path):
    source_media, restored_media = tmp_path / "source-media", tmp_path / "restored-media"
    backup_folder = tmp_path / "backup"
    source = site_environment(scratch.source_url, source_media)
    run(source, "manage.py", "migrate", "--noinput")
    run(source, "manage.py", "seed_site")
    run(source, "scripts/backups.py", "backup", "--into", str(backup_folder))
    originals = {
        path.relative_to(source_media).as_posix(): sha256(path)
        for path in source_media.rglob("*.pdf")
    }
    assert originals, "the seeded site has publications' PDFs to back up"
    scratch.drop_source()
    shutil.rmtree(source_media)

    restored = site_environment(scratch.restored_url, restored_media)
    run(restored, "scripts/backups.py", "restore", str(backup_folder))
    run(restored, "-m", "tests.ops.restored_site", str(tmp_path / "report.json"))
    report = json.loads((tmp_path / "report.json").read_text())

    for seed in SEED_PAGES:
        answer = report["pages"][seed.path]
        assert answer["status"] == 200, seed.path
        assert seed.title in answer["heading"], seed.path
    download = report["download"]
    assert download["status"] == 200
    assert download["content_type"] == "application/pdf"
    assert download["starts_with"] == "%PDF-"
    assert download["sha256"] == originals[download["file"]]


def test_a_restore_never_overwrites(tmp_path):
    """Restoring onto a database or media folder that holds anything is refused, untouched."""
    live_media, backup_folder = tmp_path / "live-media", tmp_path / "backup"
    live = site_environment(f"sqlite:///{tmp_path / 'live.sqlite3'}", live_media)
    run(live, "manage.py", "migrate", "--noinput", "contenttypes")
    live_media.mkdir()
    (live_media / "upload.pdf").write_bytes(b"%PDF-1.7 live")
    run(live, "scripts/backups.py", "backup", "--into", str(backup_folder))
    database_before = sha256(tmp_path / "live.sqlite3")

    onto_live = run(live, "scripts/backups.py", "restore", str(backup_folder), check=False)
    empty_database = site_environment(f"sqlite:///{tmp_path / 'new.sqlite3'}", live_media)
    onto_live_media = run(
        empty_database, "scripts/backups.py", "restore", str(backup_folder), check=False
    )

    assert onto_live.returncode == 1
    assert "is not empty" in onto_live.stderr
    assert onto_live_media.returncode == 1
    assert f"the media folder {live_media} is not empty" in onto_live_media.stderr
    assert sha256(tmp_path / "live.sqlite3") == database_before
    assert not (tmp_path / "new.sqlite3").exists()


def test_a_damaged_backup_is_refused(tmp_path):
    media, backup_folder = tmp_path / "media", tmp_path / "backup"
    live = site_environment(f"sqlite:///{tmp_path / 'live.sqlite3'}", media)
    run(live, "manage.py", "migrate", "--noinput", "contenttypes")
    run(live, "scripts/backups.py", "backup", "--into", str(backup_folder))
    with (backup_folder / "media.tar.gz").open("ab") as archive:
        archive.write(b"bit rot")

    elsewhere = site_environment(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "new-media")
    result = run(elsewhere, "scripts/backups.py", "restore", str(backup_folder), check=False)

    assert result.returncode == 1
    assert "media.tar.gz is missing or damaged" in result.stderr
