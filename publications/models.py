"""The documents library: publications, their files and their old addresses.

A file's names (stored, shown, downloaded) are worked out in publications/file_names.py,
and whether an upload is a readable PDF in publications/pdf_inspection.py.

A publication's old addresses (``PublicationSlug``) are its own: they follow it
whatever page lists publications. Old addresses of pages, that list's page
included, are kept by pages/redirects/ (``Redirect``), which publications know
nothing of; the two mechanisms stay apart on purpose.
"""

from cms.models import CMSPlugin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import slugify
from djangocms_text.fields import HTMLField

from publications.file_names import download_name, shown_file_name, stored_file_name
from publications.pdf_inspection import inspect_pdf

RESERVED_SLUGS = {"feed", "export", "download"}


class Kind(models.TextChoices):
    STRATEGY = "strategy", "Strategy"
    PLAN = "plan", "Plan"
    REPORT = "report", "Report"
    INSPECTION_LETTER = "inspection-letter", "Inspection letter"
    HANDBOOK = "handbook", "Handbook"
    POLICY = "policy", "Policy"


class Topic(models.Model):
    """A subject staff filter publications by (early help, SEND, ...); editors keep the list."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class PublicationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def about(self, topic_slug):
        return self.filter(topics__slug=topic_slug)

    def from_year(self, year):
        return self.filter(document_year=year)

    def matching(self, words):
        """Every word appears in the title, summary or HTML body."""
        query = self
        for word in words.split():
            query = query.filter(
                models.Q(title__icontains=word)
                | models.Q(summary__icontains=word)
                | models.Q(body__icontains=word)
            )
        return query

    def newest_first(self):
        return self.order_by(
            "-document_year",
            models.F("document_date").desc(nulls_last=True),
            "-date_submitted",
            "-pk",
        )


class Publication(models.Model):
    """A strategy, plan or report that the department publishes as a PDF.

    The PDF is checked when it is saved (it must really be a readable PDF) and
    its size and page count are worked out from it. Replacing the PDF keeps the
    old one as an earlier version; the download address always gives the
    current file. Renaming the slug keeps the old address working (301).
    """

    title = models.CharField(max_length=255)
    slug = models.SlugField(
        max_length=255,
        unique=True,
        help_text="The last part of the web address. Changing it keeps the old address working.",
    )
    kind = models.CharField(max_length=32, choices=Kind.choices)
    topics = models.ManyToManyField(Topic, blank=True, related_name="publications")
    summary = models.TextField(help_text="One or two sentences: what the document is for.")
    body = HTMLField(
        "HTML version",
        blank=True,
        help_text="An accessible HTML version of the document, where there is one.",
    )
    file = models.FileField(
        "PDF", upload_to=stored_file_name, max_length=255, help_text="A PDF, 50 MB at most."
    )
    original_filename = models.CharField(max_length=255, editable=False, blank=True)
    file_size = models.PositiveBigIntegerField(editable=False, default=0)
    page_count = models.PositiveIntegerField(editable=False, default=0)
    document_year = models.PositiveSmallIntegerField(
        "year of the document",
        help_text="The document's own year (the year staff filter on). Set from its date, "
        "if you give one.",
        blank=True,
    )
    document_date = models.DateField(
        "date of the document", null=True, blank=True, help_text="If the document has its own date."
    )
    date_submitted = models.DateField(
        "date added", default=timezone.localdate, help_text="When it was added to the website."
    )
    date_updated = models.DateField(null=True, blank=True, editable=False)
    supersedes = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="superseded_by",
        help_text="The earlier edition this one replaces.",
    )
    is_published = models.BooleanField("published", default=False)
    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-document_year", "-date_submitted", "-pk"]
        permissions = [
            (
                "publish_publication",
                "Can publish, unpublish and replace the file of a published publication",
            )
        ]
        indexes = [
            # The list, newest first (``newest_first`` leads with the year): read in order.
            models.Index(fields=["is_published", "-document_year", "-date_submitted"]),
            # The list filtered by type, or by type and year: a handful of rows, not all.
            models.Index(
                fields=["kind", "document_year"],
                condition=models.Q(is_published=True),
                name="publication_kind_year",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Save, with what follows from the fields: the year from the date, a new PDF's facts
        (the file it replaces kept), when it first went live, every address it has had."""
        stored = self._stored_row()
        self._take_year_from_date()
        if self.has_new_file():
            self._take_in_new_file(stored)
        self._note_first_publication()
        super().save(*args, **kwargs)
        self._remember_addresses(stored)

    def get_absolute_url(self):
        try:
            return reverse("publications:detail", kwargs={"slug": self.slug})
        except NoReverseMatch:  # the list page is not in the page tree
            return f"/publications/{self.slug}/"

    def clean(self):
        self._take_year_from_date()
        if not self.document_year:
            raise ValidationError({"document_year": "Give the year of the document, or its date."})
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": f"“{self.slug}” is used by the website itself."})
        taken = PublicationSlug.objects.filter(slug=self.slug).exclude(publication_id=self.pk)
        if self.slug and taken.exists():
            raise ValidationError(
                {"slug": "This address was used by another publication; choose another."}
            )
        if self.supersedes_id and self.supersedes_id == self.pk:
            raise ValidationError({"supersedes": "A publication cannot supersede itself."})

    def clean_fields(self, exclude=None):
        if not self.slug and self.title:
            self.slug = slugify(self.title)[:255]
        super().clean_fields(exclude=exclude)
        if (exclude is None or "file" not in exclude) and self.has_new_file():
            try:
                self._checked_pdf = inspect_pdf(self.file.file)
            except ValidationError as error:
                raise ValidationError({"file": error.messages}) from None

    def has_new_file(self):
        return bool(self.file) and not self.file._committed

    def _stored_row(self):
        """What the database holds for this publication now (None if it is new)."""
        if not self.pk:
            return None
        return (
            Publication.objects.filter(pk=self.pk)
            .values("slug", "file", "original_filename", "file_size", "page_count")
            .first()
        )

    def _take_year_from_date(self):
        """The year staff filter on is the document's own date's year, when it has one."""
        if self.document_date:
            self.document_year = self.document_date.year

    def _take_in_new_file(self, stored):
        """A new PDF: its size and pages (checked once, in clean_fields, or now), its name as
        staff see it, and the file it replaces kept as an earlier version."""
        facts = getattr(self, "_checked_pdf", None) or inspect_pdf(self.file.file)
        self.file_size, self.page_count = facts.size, facts.pages
        self.original_filename = shown_file_name(self.file.name)
        self._keep_previous_file(stored)

    def _keep_previous_file(self, stored):
        if stored and stored["file"]:
            EarlierFile.objects.create(
                publication=self,
                file=stored["file"],
                original_filename=stored["original_filename"],
                file_size=stored["file_size"],
                page_count=stored["page_count"],
            )
            self.date_updated = timezone.localdate()

    def _note_first_publication(self):
        """When it first went live: kept, so a withdrawn publication answers 410, not 404."""
        if self.is_published and not self.first_published_at:
            self.first_published_at = timezone.now()

    def _remember_addresses(self, stored):
        """Every slug it has had leads to it: the one it had before this save, and this one."""
        slugs = [stored["slug"]] if stored and stored["slug"] != self.slug else []
        for slug in [*slugs, self.slug]:
            PublicationSlug.objects.update_or_create(slug=slug, defaults={"publication": self})

    def get_download_url(self):
        return f"{self.get_absolute_url()}download/"

    @property
    def download_filename(self):
        return download_name(self.original_filename, self.slug)

    @property
    def was_withdrawn(self):
        return not self.is_published and self.first_published_at is not None


class EarlierFile(models.Model):
    """A PDF that a later upload replaced; kept and listed as an earlier version."""

    publication = models.ForeignKey(
        Publication, on_delete=models.CASCADE, related_name="earlier_files"
    )
    file = models.FileField(max_length=255)
    original_filename = models.CharField(max_length=255, blank=True)
    file_size = models.PositiveBigIntegerField()
    page_count = models.PositiveIntegerField()
    replaced_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-replaced_at", "-pk"]

    def __str__(self):
        return f"{self.publication} (replaced {self.replaced_at:%d %B %Y})"

    @property
    def download_filename(self):
        return download_name(self.original_filename, self.publication.slug)


class PublicationSlug(models.Model):
    """Every address a publication has had, so old links keep working.

    When the publication is deleted the row stays with no publication, and
    its address answers 410 Gone (``find_publication`` in publications/views.py).
    Pages' old addresses are pages/redirects/, apart: see this module's docstring.
    """

    slug = models.SlugField(max_length=255, unique=True)
    publication = models.ForeignKey(
        Publication, null=True, on_delete=models.SET_NULL, related_name="slugs"
    )

    def __str__(self):
        return self.slug


class PublicationSettings(models.Model):
    """Site-wide settings for publications, kept by editors (one row)."""

    accessible_format_email = models.EmailField(
        "email for accessible formats",
        help_text="Where requests for a document in another format go.",
    )

    class Meta:
        verbose_name = "publication settings"
        verbose_name_plural = "publication settings"

    def __str__(self):
        return "Publication settings"

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first()


class LatestPublications(CMSPlugin):
    """Settings of a "Latest publications" plugin placed on a CMS page."""

    heading = models.CharField(max_length=100, default="Latest publications")
    count = models.PositiveSmallIntegerField(
        "how many", default=3, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    kind = models.CharField(max_length=32, choices=Kind.choices, blank=True)
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.SET_NULL)

    def __str__(self):
        return f"{self.heading} ({self.count})"

    def publications(self):
        found = Publication.objects.published()
        if self.kind:
            found = found.of_kind(self.kind)
        if self.topic_id:
            found = found.about(self.topic.slug)
        return found.newest_first()[: self.count]
