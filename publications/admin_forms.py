"""The admin's publication form: its PDF input, and the PDF kept across a form error.

The PDF input accepts PDFs only, and says what the version has now ("Currently:" its
original name, size and date, linking to the staff route for the file) or what was
chosen and is kept since the form last had an error (publications/kept_uploads.py).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html

from publications import kept_uploads
from publications.formatting import format_file_size, format_page_count
from publications.models import PublicationContent
from publications.pdf_inspection import inspect_pdf

KEPT_FIELD = "kept_file"


def stored_on(stored_file):
    """The day a stored file was saved, or None if the storage cannot say.

    Only a detail beside the file's name: whatever a storage raises (no such file, a
    storage without dates, an S3 error), the form is shown without it.
    """
    try:
        return timezone.localdate(stored_file.storage.get_modified_time(stored_file.name))
    except Exception:
        return None


def current_file_link(content):
    """A version's PDF as staff see it, linking to the staff route for it (never to /media/,
    which nothing serves): "<a>Annual report.pdf</a> (PDF, 2.1 KB, 3 pages, uploaded 1 November
    2026)". The form's "Currently:" and a read-only version's page both show it."""
    stored = stored_on(content.file)
    return format_html(
        '<a href="{}">{}</a> (PDF, {}, {}{})',
        reverse("admin:publications_publicationcontent_file", args=[content.pk]),
        content.original_filename or "The PDF",
        format_file_size(content.file_size),
        format_page_count(content.page_count),
        f", uploaded {date_format(stored, 'j F Y')}" if stored else "",
    )


class PdfInput(forms.FileInput):
    """A file input for a PDF, beside the file the version has or the one kept for it."""

    around_template = "admin/publications/publicationcontent/pdf_input.html"
    kept = None  # a KeptUpload: the form sets it
    current = None  # the version whose file this is, if it has one

    def __init__(self, attrs=None):
        super().__init__({"accept": "application/pdf,.pdf", **(attrs or {})})

    def use_required_attribute(self, initial):
        return super().use_required_attribute(initial) and self.kept is None

    def render(self, name, value, attrs=None, renderer=None):
        attrs = dict(attrs or {})
        field_id = attrs.get("id") or self.attrs.get("id") or f"id_{name}"
        if self.kept is not None:
            described_by = [f"{field_id}_kept", attrs.get("aria-describedby")]
            attrs["aria-describedby"] = " ".join(filter(None, described_by))
        return render_to_string(
            self.around_template,
            {
                "input": super().render(name, value, attrs, renderer),
                "field_id": field_id,
                "kept": self.kept,
                "kept_field": KEPT_FIELD,
                "current": self.current and current_file_link(self.current),
            },
        )


class PdfField(forms.FileField):
    """The PDF: a new upload, else the one kept for this form, else the version's own."""

    kept = None  # a KeptUpload: the form sets it

    def clean(self, data, initial=None):
        if not data and self.kept is not None:
            return self.kept.reopened()  # the model checks it again, like any upload
        return super().clean(data, initial)

    def has_changed(self, initial, data):
        return self.kept is not None or super().has_changed(initial, data)


class PublicationContentForm(forms.ModelForm):
    """A version of a publication, in the admin (PublicationContentAdmin gives it the session).

    When the form has an error, a PDF chosen with it that passed the check is kept for
    the next save, which takes it without the editor choosing it again.
    """

    session = None  # the editor's session: kept files are tied to it

    class Meta:
        model = PublicationContent
        fields = (  # the admin's fieldsets decide; these are every field an editor changes
            "title",
            "slug",
            "kind",
            "topics",
            "summary",
            "file",
            "document_date",
            "document_year",
            "date_submitted",
            "body",
            "supersedes",
        )
        field_classes = {"file": PdfField}
        widgets = {
            "file": PdfInput,
            # The browser's own date picker: the admin's calendar link has no name for a
            # screen reader to read (only its icon has a title).
            "document_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "date_submitted": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kept = None
        if "file" not in self.fields:  # read-only: a published version
            return
        if self.instance.pk and self.instance.file:
            self.fields["file"].widget.current = self.instance
        if self.is_bound:
            self._offer(kept_uploads.kept_for(self.data.get(KEPT_FIELD), self.session))

    def _offer(self, kept):
        self.kept = self.fields["file"].kept = self.fields["file"].widget.kept = kept

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self._errors and "file" in self.fields and self.session is not None:
            self._keep_chosen_file()

    def _keep_chosen_file(self):
        """Keep the PDF chosen with this refused form, if it is one: the editor need not
        choose it again. A new choice replaces the one kept before."""
        upload = self.files.get(self.add_prefix("file"))
        if not upload or "file" in self._errors:
            return
        try:
            facts = inspect_pdf(upload)  # checked already: the page count is remembered
        except ValidationError:  # pragma: no cover (the model refused it: "file" has an error)
            return
        if self.kept is not None:
            kept_uploads.discard(self.kept, self.session)
        self._offer(kept_uploads.keep(upload, facts, self.session))

    def release_kept_file(self):
        """Once the version is saved: the kept file is its own now, or was replaced."""
        if self.kept is not None:
            kept_uploads.discard(self.kept, self.session)
            self._offer(None)
