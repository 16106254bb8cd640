"""Bulk import publications from a CSV manifest and a folder of PDFs.

    python manage.py import_publications MANIFEST.csv FOLDER [--dry-run] [--publish]
    python manage.py import_publications MANIFEST.csv FOLDER --replace-stand-ins [--publish]

The manifest has a header row with: title, kind, topics (separated by ";"),
date_submitted (2023-04-11, 11/04/2023 or 11/04/23; empty where no source dates the
document: give its year), summary, file (a name in FOLDER); optional columns: slug, year,
html_version (the HTML version of the
document; HTML with nothing to read in it, such as "<p></p>", is no HTML version,
as in the admin: publications/html_version.py). Each row is checked like an upload in
the admin (a real PDF, and so on) and saved on its own, so one bad row does not
stop the rest. A row whose publication exists already (by slug, in any version,
current or old) is skipped: importing the same manifest twice changes nothing.

Each publication's first version is credited to ``--author USERNAME`` (a member
of staff; by default an account named "publications-import" that cannot log in):
djangocms-versioning records who made every version. Imported publications are
drafts for a Publisher to publish, unless ``--publish``.

``--replace-stand-ins`` gives publications that exist their real PDFs instead: each row
names one (a ``slug`` column, else ``title``) and its ``file``. A publication whose PDF
only stands in for the published document (as every seeded one does) gets a new version
with the real PDF, which clears the mark; one with its real PDF already is skipped, so
running it twice changes nothing. One with a draft fails: publish or delete the draft first.
"""

import csv
import re
from datetime import date, datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.text import slugify
from djangocms_versioning.constants import DRAFT
from djangocms_versioning.models import Version

from publications.models import Kind, PublicationContent, PublicationSlug, Topic
from publications.pdf_inspection import inspect_pdf
from publications.publishing import add_publication, replace_file

IMPORT_USERNAME = "publications-import"
REQUIRED = ("title", "kind", "topics", "date_submitted", "summary", "file")
REQUIRED_TO_REPLACE = ("file",)  # and slug or title
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y")
KIND_BY_LABEL = {label.lower(): value for value, label in Kind.choices}


class RowError(Exception):
    """What is wrong with one row of the manifest, in words for the person importing."""


def parse_date(text: str) -> date | None:
    if not text.strip():
        return None  # no source dates the document
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise RowError(f"date_submitted “{text}” is not a date like 2023-04-11 or 11/04/2023")


def parse_kind(text: str) -> str:
    value = text.strip().lower()
    if value in Kind.values:
        return value
    if value in KIND_BY_LABEL:
        return KIND_BY_LABEL[value]
    raise RowError(f"kind “{text}” is not one of: {', '.join(Kind.values)}")


def document_year(row: dict, submitted: date | None) -> int:
    """The year staff filter on: given, else the year in the title, else when it was added."""
    if (row.get("year") or "").strip():
        try:
            return int(row["year"])
        except ValueError:
            raise RowError(f"year “{row['year']}” is not a year") from None
    found = re.search(r"\b(19|20)\d{2}\b", row["title"])
    if found:
        return int(found.group(0))
    if submitted is None:
        raise RowError("it has no date_submitted and no year: give one of them")
    return submitted.year


class Command(BaseCommand):
    help = "Import publications from a CSV manifest and a folder of PDFs."

    def add_arguments(self, parser):
        parser.add_argument("manifest", type=Path)
        parser.add_argument("folder", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Check every row; save nothing.")
        parser.add_argument(
            "--publish", action="store_true", help="Publish what is imported (default: drafts)."
        )
        parser.add_argument(
            "--replace-stand-ins",
            action="store_true",
            help="Give existing publications whose PDF is a stand-in the real PDF in their row "
            "(columns: file, and slug or title).",
        )
        parser.add_argument(
            "--author",
            help=f"Whose versions they are (a username; default: “{IMPORT_USERNAME}”).",
        )

    def handle(
        self, *args, manifest, folder, dry_run, publish, author, replace_stand_ins, **options
    ):
        if not manifest.is_file():
            raise CommandError(f"No manifest at {manifest}")
        if not folder.is_dir():
            raise CommandError(f"No folder at {folder}")
        rows = read_manifest(manifest, replacing=replace_stand_ins)
        self.author = None if dry_run else import_author(author)
        done = "replaced" if replace_stand_ins else "created"
        counts = {done: 0, "skipped": 0, "failed": 0}
        import_row = self.replace_row if replace_stand_ins else self.import_row
        for number, row in enumerate(rows, start=2):  # row 1 is the header
            prefix = f"Row {number} of {len(rows) + 1}"
            try:
                outcome = import_row(row, folder, dry_run=dry_run, publish=publish)
            except RowError as error:
                counts["failed"] += 1
                self.stderr.write(f"{prefix}: failed: {error}")
                continue
            counts[outcome] += 1
            verb = {
                "created": "would create" if dry_run else "created",
                "replaced": f"{'would replace' if dry_run else 'replaced'} the stand-in of",
                "skipped": "skipped",
            }
            detail = {"created": " (it exists already)", "replaced": " (it has its real PDF)"}
            name = (row.get("title") or row.get("slug") or "").strip()
            why = detail[done] if outcome == "skipped" else ""
            self.stdout.write(f"{prefix}: {verb[outcome]} “{name}”{why}")
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(f"{'Dry run: ' if dry_run else ''}{summary}.")

    def import_row(self, row, folder, *, dry_run, publish):
        title = (row.get("title") or "").strip()
        if not title:
            raise RowError("it has no title")
        slug = (row.get("slug") or "").strip() or slugify(title)[:255]
        exists = PublicationContent.admin_manager.filter(slug=slug).exists()
        if exists or PublicationSlug.objects.filter(slug=slug).exists():
            return "skipped"
        path = pdf_path(row, folder)
        submitted = parse_date(row["date_submitted"])
        publication = PublicationContent(
            title=title,
            slug=slug,
            kind=parse_kind(row["kind"]),
            summary=(row.get("summary") or "").strip(),
            body=(row.get("html_version") or "").strip(),
            date_submitted=submitted,
            document_year=document_year(row, submitted),
        )
        topics = [name.strip() for name in (row.get("topics") or "").split(";") if name.strip()]
        with path.open("rb") as pdf:
            publication.file = File(pdf, name=path.name)
            try:
                publication.full_clean(exclude=["publication"])
            except ValidationError as error:
                messages = "; ".join(
                    f"{field}: {' '.join(texts)}" for field, texts in error.message_dict.items()
                )
                raise RowError(messages) from None
            if dry_run:
                return "created"
            with transaction.atomic():
                add_publication(
                    publication,
                    author=self.author,
                    publish=publish,
                    topics=[
                        Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
                        for name in topics
                    ],
                )
        return "created"

    def replace_row(self, row, folder, *, dry_run, publish):
        slug = (row.get("slug") or "").strip() or slugify((row.get("title") or "").strip())[:255]
        if not slug:
            raise RowError("it names no publication: give its slug or title")
        current = publication_at(slug)
        if current is None:
            raise RowError(f"no publication at “{slug}”")
        if not current.stand_in:
            return "skipped"
        if Version.objects.get_for_content(current).state == DRAFT:
            raise RowError("it has a draft: publish or delete that draft first, then run again")
        path = pdf_path(row, folder)
        with path.open("rb") as handle:
            pdf = File(handle, name=path.name)
            try:
                inspect_pdf(pdf)  # checked like an upload in the admin
            except ValidationError as error:
                raise RowError(f"file: {' '.join(error.messages)}") from None
            pdf.seek(0)
            if not dry_run:
                replace_file(current, pdf, author=self.author, publish=publish)
        return "replaced"


def read_manifest(manifest, *, replacing):
    """The manifest's rows, once it has the columns it needs."""
    with manifest.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        required = REQUIRED_TO_REPLACE if replacing else REQUIRED
        missing = [name for name in required if name not in columns]
        if replacing and not {"slug", "title"} & set(columns):
            missing.append("slug (or title)")
        if missing:
            raise CommandError(f"The manifest lacks the column(s): {', '.join(missing)}")
        return list(reader)


def pdf_path(row, folder):
    """The row's PDF, which must be in the folder given."""
    path = (folder / (row.get("file") or "").strip()).resolve()
    if not row.get("file") or not path.is_file() or folder.resolve() not in path.parents:
        raise RowError(f"no file “{row.get('file', '')}” in {folder}")
    return path


def publication_at(slug):
    """The newest version of the publication at this address (its own or an old one), or None."""
    found = PublicationContent.admin_manager.filter(slug=slug).order_by("-pk").first()
    if found is None:
        found = PublicationSlug.objects.filter(slug=slug, publication__isnull=False).first()
    return found.publication.latest_content() if found else None


def import_author(username):
    """The account the imported versions are credited to."""
    users = get_user_model().objects
    if username:
        try:
            return users.get(username=username)
        except users.model.DoesNotExist:
            raise CommandError(f"No account “{username}”: give an existing username.") from None
    user, created = users.get_or_create(
        username=IMPORT_USERNAME, defaults={"is_active": False, "first_name": "Publications import"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user
