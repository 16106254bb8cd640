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


def replacement_manifest(folder, rows, columns=("slug", "file")):
    path = folder / "real-pdfs.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)
    return path


@pytest.mark.django_db
def test_replace_stand_ins_gives_seeded_publications_their_real_pdfs(seeded_site, tmp_path, client):
    """000: "Early Help Strategy 2023-26 PDF (2MB)": once the real PDF is imported, the site
    offers it as the document (its own size and pages), and not a stand-in."""
    (tmp_path / "early-help.pdf").write_bytes(make_pdf(9, text="Early Help Strategy"))
    (tmp_path / "handbook.pdf").write_bytes(make_pdf(4, text="Handbook"))
    path = replacement_manifest(
        tmp_path,
        [
            ["early-help-strategy-2023-26", "early-help.pdf"],
            ["community-and-childrens-services-departmental-handbook", "handbook.pdf"],
            ["no-such-publication", "handbook.pdf"],
        ],
    )

    out, err = run(path, tmp_path, "--replace-stand-ins", "--publish")

    assert "2 replaced, 0 skipped, 1 failed." in out
    assert "Row 4 of 4: failed: no publication at “no-such-publication”" in err
    early_help = PublicationContent.objects.get(slug="early-help-strategy-2023-26")
    assert (early_help.stand_in, early_help.published_size, early_help.page_count) == (
        False,
        "",
        9,
    )
    page = client.get(early_help.get_absolute_url()).content.decode()
    assert "only stands in" not in page and "9 pages" in page
    assert "only stands in" in client.get("/publications/early-years-strategy-2015-2018/").text

    again, _ = run(path, tmp_path, "--replace-stand-ins", "--publish")
    assert "0 replaced, 2 skipped, 1 failed." in again  # they have their real PDFs now
    assert PublicationContent.objects.get(slug="early-help-strategy-2023-26").pk == early_help.pk


@pytest.mark.django_db
def test_replace_stand_ins_makes_drafts_unless_publish_and_checks_each_pdf(seeded_site, tmp_path):
    """000: "Early Years Strategy 2015-2018 PDF (5MB)": without --publish the real PDF waits
    in a draft for a Publisher; readers keep the stand-in, and a file that is no PDF is
    refused."""
    (tmp_path / "early-years.pdf").write_bytes(make_pdf(2))
    (tmp_path / "fake.pdf").write_bytes(b"<html>not a pdf</html>")
    title = "Early Years Strategy 2015-2018"
    path = replacement_manifest(
        tmp_path,
        [[title, "early-years.pdf"], ["DCCS Business Plan 2017-22", "fake.pdf"]],
        columns=("title", "file"),
    )

    out, err = run(path, tmp_path, "--replace-stand-ins")

    assert "1 replaced, 0 skipped, 1 failed." in out
    assert "Row 3 of 3: failed: file: This file is not a PDF" in err
    published = PublicationContent.objects.get(title=title)
    draft = imported.filter(title=title).order_by("-pk").first()
    assert published.stand_in and not draft.stand_in
    assert (version_of(draft).state, version_of(draft).locked_by) == (DRAFT, None)
    assert imported.get(slug="dccs-business-plan-2017-22").stand_in


@pytest.mark.django_db
def test_an_undated_row_takes_its_year_and_shows_no_date(tmp_path, client, seeded_site):
    """Where no source dates a document, its row leaves date_submitted empty and gives the
    year; without either the row is refused."""
    (tmp_path / "plan.pdf").write_bytes(make_pdf(1))
    path = tmp_path / "manifest.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "kind", "topics", "date_submitted", "year", "summary", "file"])
        writer.writerow(["Undated plan", "plan", "", "", "2023", "A plan.", "plan.pdf"])
        writer.writerow(["Undated, no year", "plan", "", "", "", "A plan.", "plan.pdf"])

    out, err = run(path, tmp_path, "--publish")

    plan = imported.get(slug="undated-plan")
    assert (plan.date_submitted, plan.document_year) == (None, 2023)
    assert "Added" not in client.get(plan.get_absolute_url()).text
    assert "Row 3 of 3: failed: it has no date_submitted and no year: give one of them" in err
