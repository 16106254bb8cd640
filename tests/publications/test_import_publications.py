"""Bulk import: progress, per-row errors, dry run, and idempotence."""

import csv
import io

import pytest
from django.core.management import call_command

from publications.models import Publication
from tests.publications.conftest import make_pdf


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

    plan = Publication.objects.get(slug="imported-plan-2019-22")
    assert (plan.document_year, plan.page_count, plan.is_published) == (2019, 3, False)
    assert sorted(plan.topics.values_list("name", flat=True)) == ["Early help", "SEND"]
    assert Publication.objects.get(slug="imported-letter").kind == "inspection-letter"
    assert "Row 4 of 6: failed: file: The file is a web page (HTML), not a PDF" in err
    assert "Row 5 of 6: failed: no file" in err
    assert "Row 6 of 6: failed: kind" in err
    assert "2 created, 0 skipped, 3 failed." in out


@pytest.mark.django_db
def test_importing_twice_changes_nothing(manifest):
    path, folder = manifest
    run(path, folder)
    before = list(Publication.objects.values_list("pk", "slug", "file"))

    out, _ = run(path, folder)

    assert list(Publication.objects.values_list("pk", "slug", "file")) == before
    assert "0 created, 2 skipped, 3 failed." in out


@pytest.mark.django_db
def test_a_dry_run_saves_nothing(manifest):
    path, folder = manifest
    count = Publication.objects.count()

    out, _ = run(path, folder, "--dry-run")

    assert Publication.objects.count() == count
    assert "Dry run: 2 created, 0 skipped, 3 failed." in out
