#!/usr/bin/env python3
"""Snapshot the seeded public site's answers, to prove a refactor changed none of them.

    python scripts/site_snapshot.py take OUT.json [--tree DIR]
    python scripts/site_snapshot.py diff BEFORE.json AFTER.json

``take`` runs the project tree DIR (default: this repository) in a child process
with DEBUG on, a throwaway SQLite database, media folder and page-cache
generation file, and the clock frozen at one London moment: it migrates, seeds
and fetches the public addresses twice each with Django's test client. Values
that differ from run to run (CSRF tokens, temporary paths) are masked.
``diff`` compares two snapshots; it exits 1 when any answer differs.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
# A Wednesday, in office hours (GMT).
MOMENT = datetime(2026, 12, 2, 14, 30, tzinfo=ZoneInfo("Europe/London"))
HEADERS = ("Content-Type", "Cache-Control", "Location", "Vary", "Content-Disposition")
FIXED_PATHS = [
    "/", "/robots.txt", "/sitemap.xml", "/contact/now.json",
    "/contact/now.json?at=2026-12-25T10:00:00Z",
    "/publications/", "/publications/?kind=strategy", "/publications/?topic={topic}",
    "/publications/?year=2024", "/publications/?q=plan", "/publications/?page=2",
    "/publications/?year=nonsense",
    "/publications/feed/", "/publications/export.csv", "/publications/export.json",
    "/publications/export.csv?kind=strategy",
    "/search/?q=ofsted", "/search/?q=safeguarding", "/search/?q=", "/this-does-not-exist/",
    "/search/?q=emergency+duty", "/search/?q=latest+publications",
]  # fmt: skip
# The child's environment: the tree's own code first on PYTHONPATH (not the editable install's),
# plain HTTP, and the same hash seed in every run (set orders; no answer depends on it today).
DROPPED = ("DJANGO_", "DATABASE_", "MEDIA_", "PAGE_CACHE_", "SECURE_", "CSRF_", "SESSION_")
DROPPED += ("PYTHON", "REDIS_", "SENTRY_", "PROXY_", "PUBLICATIONS_", "FEEDBACK_", "AXES_")
ENV = {
    "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "dccs_site.settings", "ALLOWED_HOSTS": "localhost",
    "SECURE_SSL_REDIRECT": "0", "SECURE_HSTS_SECONDS": "0", "SESSION_COOKIE_SECURE": "0",
    "CSRF_COOKIE_SECURE": "0", "LOG_LEVEL": "ERROR", "LOG_FORMAT": "text", "TZ": "Europe/London",
    "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ left in the tree
}  # fmt: skip
MASKS = [
    (re.compile(r'(name="csrfmiddlewaretoken"\s+value=")[^"]*'), r"\1<CSRF>"),
    (re.compile(r'(value=")[^"]*("\s+name="csrfmiddlewaretoken")'), r"\1<CSRF>\2"),
    (re.compile(r"(csrftoken[\"'=:\s]+)[A-Za-z0-9]{32,}"), r"\1<CSRF>"),
    (re.compile(r'(ETag[\'":\s]+)(W/)?"[^"]*"', re.IGNORECASE), r"\1<ETAG>"),
]


def mask(text: str, replacements: dict[str, str]) -> str:
    for literal, placeholder in replacements.items():
        text = text.replace(literal, placeholder)
    for pattern, replacement in MASKS:
        text = pattern.sub(replacement, text)
    return text


def worker(out: str, tree: str) -> None:
    """In the child process (cwd and PYTHONPATH = the tree): migrate, seed, fetch."""
    var_dir = Path(tree) / "var"
    var_existed = var_dir.exists()  # settings.py creates var/: leave it as it was found
    try:
        answers = fetch_all(tree)
    finally:
        if not var_existed and var_dir.is_dir() and not any(var_dir.iterdir()):
            var_dir.rmdir()
    meta = {"moment": MOMENT.isoformat(), "tree": tree}
    Path(out).write_text(json.dumps({"meta": meta, "answers": answers}, indent=1, sort_keys=True))


def fetch_all(tree: str) -> dict[str, dict]:
    import django
    import time_machine

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client, override_settings

    import pages

    print(f"site_snapshot: pages imported from {pages.__file__}", file=sys.stderr)
    replacements = {os.environ["SNAPSHOT_TMP"]: "<TMP>", tree: "<TREE>"}
    answers: dict[str, dict] = {}
    client = Client(HTTP_HOST="localhost")

    def fetch(path: str, *, digest_only: bool = False, label: str = "") -> str:
        body = ""
        for attempt in (1, 2):
            response = client.get(path)
            content = response.getvalue()
            response.close()
            record = {"status": response.status_code}
            for name in HEADERS:
                if name in response:
                    record[name] = mask(response[name], replacements)
            if digest_only:
                record["Content-Length"] = response.get("Content-Length")
                record["sha256"] = hashlib.sha256(content).hexdigest()
            else:
                body = content.decode("utf-8", errors="replace")
                record["body"] = mask(body, replacements)
            answers[f"GET {path}{label}#{attempt}"] = record
        return body

    with time_machine.travel(MOMENT, tick=False):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("seed_site", stdout=open(os.devnull, "w"))  # noqa: SIM115
        listed = []
        for url in re.findall(r"<loc>([^<]+)</loc>", fetch("/sitemap.xml")):
            parts = urlsplit(url.replace("&amp;", "&"))
            listed.append(parts.path + (f"?{parts.query}" if parts.query else ""))
        listing = fetch("/publications/")
        found = re.search(r'<select[^>]*name="topic".*?<option value="([^"]+)"', listing, re.S)
        topic = found[1] if found else None  # no topic in the form: that address is skipped
        fixed = [p.format(topic=topic) for p in FIXED_PATHS if topic or "{" not in p]
        for path in dict.fromkeys(listed + fixed):
            if f"GET {path}#1" not in answers:
                fetch(path)
        # DEBUG on shows Django's technical 404: the site's own 404 page as well
        # (unhashed static names, as with DEBUG on: there is no collectstatic manifest).
        plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        with override_settings(DEBUG=False, STORAGES={**settings.STORAGES, "staticfiles": plain}):
            fetch("/this-does-not-exist/", label=" [DEBUG off]")
        exported = json.loads(answers["GET /publications/export.json#1"]["body"])
        downloads = [urlsplit(item["download_url"]).path for item in exported["publications"]]
        details = re.findall(r"^/publications/[^/?]+/$", "\n".join(listed), re.M)
        for path in dict.fromkeys(downloads + [f"{p}download/" for p in details]):
            if not path.startswith(("/publications/feed/", "/publications/export")):
                fetch(path, digest_only=True)
    return answers


def take(out: str, tree: str) -> int:
    tree = str(Path(tree).resolve())
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="site-snapshot-") as tmp:
        (Path(tmp) / "media").mkdir()
        (Path(tmp) / "static").mkdir()
        env = {key: value for key, value in os.environ.items() if not key.startswith(DROPPED)}
        env.update(ENV, DATABASE_URL=f"sqlite:///{tmp}/db.sqlite3", MEDIA_ROOT=f"{tmp}/media")
        env.update(STATIC_ROOT=f"{tmp}/static", SNAPSHOT_TMP=tmp, PYTHONPATH=tree)
        env["PAGE_CACHE_GENERATION_FILE"] = f"{tmp}/page-cache-generation"
        command = [sys.executable, Path(__file__).resolve(), "_worker", Path(out).resolve(), tree]
        result = subprocess.run(command, cwd=tree, env=env, check=False)  # noqa: S603
    if result.returncode:
        print(f"site_snapshot: the snapshot of {tree} failed", file=sys.stderr)
        return result.returncode
    count = len(json.loads(Path(out).read_text())["answers"])
    print(f"{count} answers from {tree} in {out} ({time.monotonic() - started:.1f} s)")
    return 0


def as_text(record: dict) -> list[str]:
    lines = [f"{name}: {value}" for name, value in sorted(record.items()) if name != "body"]
    return [*lines, "", *record.get("body", "").splitlines()]


def diff(before_file: str, after_file: str) -> int:
    before = json.loads(Path(before_file).read_text())["answers"]
    after = json.loads(Path(after_file).read_text())["answers"]
    keys = sorted(before.keys() | after.keys())
    differing = [key for key in keys if before.get(key) != after.get(key)]
    print(f"{len(keys)} answers compared, {len(keys) - len(differing)} identical, "
          f"{len(differing)} differ")  # fmt: skip
    for key in differing:
        print(f"\n=== {key}")
        if key not in after or key not in before:
            print(f"only in {before_file if key in before else after_file}")
            continue
        lines = list(
            difflib.unified_diff(
                as_text(before[key]), as_text(after[key]), "before", "after", n=2, lineterm=""
            )
        )
        print("\n".join(lines[:40]) + (f"\n... ({len(lines) - 40} more lines)" * (len(lines) > 40)))
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    take_parser = commands.add_parser("take", help="snapshot a tree's answers into OUT")
    take_parser.add_argument("out")
    take_parser.add_argument("--tree", default=str(ROOT), help="project tree (default: this one)")
    diff_parser = commands.add_parser("diff", help="compare two snapshots; exit 1 if they differ")
    diff_parser.add_argument("before")
    diff_parser.add_argument("after")
    commands.add_parser("_worker").add_argument("args", nargs=2)  # OUT TREE, run by take
    args = parser.parse_args()
    if args.command == "_worker":
        return worker(*args.args) or 0
    return take(args.out, args.tree) if args.command == "take" else diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
