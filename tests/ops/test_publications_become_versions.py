"""Upgrading a live site: its publications become versions, nothing lost.

A scratch database is migrated to the last migration before versioning
(publications 0002), given a published, a never-published and a withdrawn
publication with an old address, topics and an earlier file, then migrated to
the end; what the migration made is read back (publications/migrations/0004).
On PostgreSQL when DATABASE_URL points at a server where it may create databases.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import processes
from scripts.scratch_postgres import ScratchDatabase

ROOT = Path(__file__).resolve().parents[2]

OLD_ROWS = """
from django.db import connection
rows = [
    (1, "Published plan", "published-plan", True, "2024-01-02 09:00:00+00"),
    (2, "Never published", "never-published", False, None),
    (3, "Withdrawn report", "withdrawn-report", False, "2023-05-06 09:00:00+00"),
]
with connection.cursor() as cursor:
    cursor.execute("INSERT INTO publications_topic (id, name, slug) VALUES (1, 'SEND', 'send')")
    for pk, title, slug, published, first in rows:
        cursor.execute(
            "INSERT INTO publications_publication (id, title, slug, kind, summary, body, file,"
            " original_filename, file_size, page_count, document_year, date_submitted,"
            " is_published, first_published_at) VALUES"
            " (%s, %s, %s, 'plan', 'What it is for.', '', %s, 'a.pdf', 100, 2, 2024,"
            " '2024-01-02', %s, %s)",
            [pk, title, slug, f"publications/{slug}.pdf", published, first],
        )
        cursor.execute(
            "INSERT INTO publications_publicationslug (slug, publication_id) VALUES (%s, %s)",
            [slug, pk],
        )
    cursor.execute(
        "INSERT INTO publications_publicationslug (slug, publication_id) VALUES ('old-plan', 1)"
    )
    cursor.execute(
        "INSERT INTO publications_publication_topics (publication_id, topic_id) VALUES (1, 1)"
    )
    cursor.execute(
        "INSERT INTO publications_earlierfile (publication_id, file, original_filename,"
        " file_size, page_count, replaced_at)"
        " VALUES (1, 'publications/older.pdf', 'older.pdf', 50, 1, '2023-12-01 09:00:00+00')"
    )
"""

READ_BACK = """
import json
from djangocms_versioning.models import Version
from publications.models import PublicationContent, PublicationSlug
found = {}
for content in PublicationContent.admin_manager.order_by("publication_id"):
    found[content.slug] = {
        "publication": content.publication_id,
        "state": Version.objects.get_for_content(content).state,
        "file": content.file.name,
        "topics": [t.slug for t in content.topics.all()],
        "earlier": [e.file.name for e in content.publication.earlier_files.all()],
    }
found["live"] = sorted(c.slug for c in PublicationContent.objects.all())
found["old addresses"] = sorted(
    PublicationSlug.objects.filter(publication=1).values_list("slug", flat=True)
)
print(json.dumps(found))
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def scratch_url(request, tmp_path, postgres_url, scratch_database_name):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'upgrade.sqlite3'}"
        return
    if not postgres_url:
        pytest.skip("needs DATABASE_URL pointing at a PostgreSQL server (CI's PostgreSQL run)")
    database = ScratchDatabase(postgres_url, scratch_database_name("dccs_upgrade"))
    database.create()
    try:
        yield database.url
    finally:
        database.drop()


def manage(env, *arguments):
    result = subprocess.run(  # noqa: S603 (our own manage.py, no shell)
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{arguments}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_each_publication_becomes_one_version_in_its_state(scratch_url, tmp_path):
    env = processes.site_environment(
        tmp_path, scratch_url, label="upgrade", DEBUG="1", MEDIA_ROOT=str(tmp_path / "media")
    )
    manage(env, "migrate", "--noinput", "auth")  # its permission names, at their full length
    manage(env, "migrate", "--noinput", "publications", "0002")
    manage(env, "shell", "-c", OLD_ROWS)
    manage(env, "migrate", "--noinput")

    found = json.loads(manage(env, "shell", "-c", READ_BACK).strip().splitlines()[-1])

    assert found["published-plan"] == {
        "publication": 1,
        "state": "published",
        "file": "publications/published-plan.pdf",
        "topics": ["send"],
        "earlier": ["publications/older.pdf"],
    }
    assert found["never-published"]["state"] == "draft"
    assert found["withdrawn-report"]["state"] == "unpublished"
    assert found["live"] == ["published-plan"]
    assert found["old addresses"] == ["old-plan", "published-plan"]
