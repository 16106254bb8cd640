"""A PDF an editor chose in the publication form, kept while the form has an error.

A browser never gives a file input its file back, so when the admin's publication form
is refused (no year, a slug taken...) the chosen PDF would be lost, and the next save
would fail with "This field is required." on it. Instead the PDF, once it has passed the
check every upload gets, is kept here under a random token that the form carries back
(a hidden field) and the editor's session holds: a token the session does not hold is
ignored. The form then says "You chose report.pdf (PDF, 2.1 KB, 3 pages): it is kept;
choose another file to replace it" (publications/admin_forms.py). The save that succeeds
takes the kept file, which the model checks again like any upload, stores it as the
version's own and removes it here; choosing another file removes it too.
``manage.py delete_unsaved_uploads``, run daily, removes what was never saved.

Kept files are stored apart from the publications' own (under ``KEPT_FOLDER``), with
generated names, and nothing serves them: the public download gives only a published
version's file, and nothing serves /media/.

The model lives here with the rest of the mechanism; publications/models.py imports it
so that Django finds it.
"""

import secrets
import uuid
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone

from publications.file_names import shown_file_name
from publications.pdf_inspection import PdfFacts

KEPT_FOLDER = "publications-kept"
# How long an unsaved choice is kept: the cleanup command removes what is older.
KEPT_FOR = timedelta(days=1)
# The tokens a session holds: the newest few (an editor with many tabs open).
SESSION_KEY = "publications.kept_uploads"
TOKENS_PER_SESSION = 20


def kept_file_name(instance, filename):
    """A generated name: the uploaded name is never used as a path."""
    return f"{KEPT_FOLDER}/{uuid.uuid4().hex}.pdf"


class KeptUpload(models.Model):
    """A checked PDF from a publication form that had an error, until it is saved or expires."""

    token = models.CharField(max_length=64, unique=True, editable=False)
    file = models.FileField(upload_to=kept_file_name, max_length=255)
    original_filename = models.CharField(max_length=255)
    file_size = models.PositiveBigIntegerField()
    page_count = models.PositiveIntegerField()
    kept_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        app_label = "publications"

    def __str__(self):
        return f"{self.original_filename} (kept {self.kept_at:%d %B %Y %H:%M})"

    def reopened(self) -> ContentFile:
        """The kept PDF as a new upload under its original name: the model checks it again."""
        try:
            with self.file.open("rb") as stored:
                data = stored.read()
        except OSError:
            raise ValidationError(
                "The file you chose is no longer kept. Choose it again.", code="kept_gone"
            ) from None
        return ContentFile(data, name=self.original_filename)


def keep(upload, facts: PdfFacts, session) -> KeptUpload:
    """Keep a checked upload for this session's next save of the form."""
    kept = KeptUpload(
        token=secrets.token_urlsafe(32),
        original_filename=shown_file_name(upload.name),
        file_size=facts.size,
        page_count=facts.pages,
    )
    upload.seek(0)
    kept.file.save(kept.original_filename, upload, save=False)
    kept.save()
    session[SESSION_KEY] = [*session.get(SESSION_KEY, []), kept.token][-TOKENS_PER_SESSION:]
    return kept


def kept_for(token: str | None, session) -> KeptUpload | None:
    """The upload kept under ``token``, if this session kept it."""
    if not token or session is None or token not in session.get(SESSION_KEY, []):
        return None
    return KeptUpload.objects.filter(token=token).first()


def discard(kept: KeptUpload, session) -> None:
    """Forget a kept upload (saved, or replaced by another choice): its file goes once the
    transaction commits, so a save that rolls back still finds it."""
    if session is not None:
        session[SESSION_KEY] = [t for t in session.get(SESSION_KEY, []) if t != kept.token]
    name, storage = kept.file.name, kept.file.storage
    kept.delete()
    transaction.on_commit(lambda: storage.delete(name))


def discard_unsaved(kept_before: datetime) -> int:
    """Remove every upload kept before ``kept_before`` and never saved; return how many.

    Files in the folder that no row names (a request that failed after storing one) go
    too, once they are as old.
    """
    storage = KeptUpload._meta.get_field("file").storage
    removed = 0
    for kept in KeptUpload.objects.filter(kept_at__lt=kept_before):
        storage.delete(kept.file.name)
        kept.delete()
        removed += 1
    named = set(KeptUpload.objects.values_list("file", flat=True))
    try:
        _, stored = storage.listdir(KEPT_FOLDER)
    except FileNotFoundError:  # nothing was ever kept
        stored = []
    for filename in stored:
        name = f"{KEPT_FOLDER}/{filename}"
        if name not in named and storage.get_modified_time(name) < kept_before:
            storage.delete(name)
            removed += 1
    return removed
