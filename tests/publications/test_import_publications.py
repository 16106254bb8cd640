"""Bulk import: progress, per-row errors, dry run, idempotence, drafts unless --publish."""

import csv
import io

import pytest
from django.core.management import call_command
from djangocms_versioning.constants import DRAFT, PUBLISHED

from publications.models import Publication, PublicationContent
from tests.publications.conftest import make_pdf, version_of

imported = PublicationContent.admin_manager  # every version, drafts included


@pytest.fixture
def manifest(tmp_path):
    (tmp_path / "plan.pdf").write_bytes(make_pdf(3))
    (tmp_path / "letter.pdf").write_bytes(make_pdf(1))
    (tmp_path / "fake.pdf").write_bytes(b"<html>not a pdf</html>")
    path = tmp_path / "manifest.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "kind", "topics", "date_submitted", "summary", "file"])
        writer.writerow(
            ["Imported Plan 2019-22", "plan", "Early help; SEND", "30/12/19", "A plan.", "plan.pdf"]
        )
        writer.writerow(
            ["Imported letter", "Inspection letter", "", "2023-01-05", "A letter.", "letter.pdf"]
        )
        writer.writerow(["A fake", "report", "", "2023-01-05", "Not a PDF.", "fake.pdf"])
        writer.writerow(["A missing file", "report", "", "2023-01-05", "Gone.", "nowhere.pdf"])
        writer.writerow(["Bad kind", "novel", "", "2023-01-05", "No.", "plan.pdf"])
    return path, tmp_path


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_publications", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_import_creates_good_rows_reports_bad_ones_and_carries_on(manifest):
    path, folder = manifest

    out, err = run(path, folder)

    plan = imported.get(slug="imported-plan-2019-22")
    assert (plan.document_year, plan.page_count, version_of(plan).state) == (2019, 3, DRAFT)
    assert version_of(plan).created_by.username == "publications-import"
    assert sorted(plan.topics.values_list("name", flat=True)) == ["Early help", "SEND"]
    assert imported.get(slug="imported-letter").kind == "inspection-letter"
    assert (
        "Row 4 of 6: failed: file: This file is not a PDF: it looks like a web page (HTML). "
        "Save it as a PDF and upload it again." in err
    )
    assert "Row 5 of 6: failed: no file" in err
    assert "Row 6 of 6: failed: kind" in err
    assert "2 created, 0 skipped, 3 failed." in out


@pytest.mark.django_db
def test_importing_twice_changes_nothing(manifest):
    path, folder = manifest
    run(path, folder)
    before = list(imported.order_by("pk").values_list("pk", "slug", "file"))

    out, _ = run(path, folder)

    assert list(imported.order_by("pk").values_list("pk", "slug", "file")) == before
    assert "0 created, 2 skipped, 3 failed." in out


@pytest.mark.django_db
def test_a_dry_run_saves_nothing(manifest):
    path, folder = manifest
    counts = Publication.objects.count(), imported.count()

    out, _ = run(path, folder, "--dry-run")

    assert (Publication.objects.count(), imported.count()) == counts
    assert "Dry run: 2 created, 0 skipped, 3 failed." in out


@pytest.mark.django_db
def test_publish_makes_them_public_credited_to_the_author_given(manifest, publisher, client):
    path, folder = manifest

    out, _ = run(path, folder, "--publish", "--author", publisher.username)

    plan = imported.get(slug="imported-plan-2019-22")
    assert (version_of(plan).state, version_of(plan).created_by) == (PUBLISHED, publisher)
    assert client.get(plan.get_absolute_url()).status_code == 200
    assert "2 created, 0 skipped, 3 failed." in out
