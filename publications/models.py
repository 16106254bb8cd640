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
from publications.html_version import html_version_or_blank
from publications.kept_uploads import KeptUpload  # noqa: F401 (a model: Django finds it here)
from publications.managers import PublicationContentQuerySet, PublishedManager
from publications.pdf_inspection import inspect_pdf

RESERVED_SLUGS = {"feed", "export", "download"}
PUBLISH_PERMISSION = "publications.publish_publication"


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


class Publication(models.Model):
    """One document, whatever its versions: what must outlive every one of them.

    Its id (search entries, inspection reports and "supersedes" point here), every
    address it has had (``PublicationSlug``), the files that earlier published
    versions had (``EarlierFile``) and when it first went live. What an editor
    changes is a ``PublicationContent``, versioned by djangocms-versioning
    (publications/cms_config.py): readers only ever see the published version.
    """

    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        permissions = [
            (
                "publish_publication",
                "Can publish, unpublish and archive versions of a publication",
            )
        ]

    def __str__(self):
        content = self.latest_content() if self.pk else None
        return content.title if content else f"Publication {self.pk or '(new)'}"

    def published_content(self):
        """The version readers see, or None."""
        return PublicationContent.objects.filter(publication=self).first()

    def latest_content(self):
        """The newest version, whatever its state (for staff)."""
        return PublicationContent.admin_manager.filter(publication=self).order_by("-pk").first()

    def last_public_content(self):
        """The version readers saw last: the published one, or else the one unpublished last
        (the withdrawn page names it; a draft made since is not for readers to see).

        Versions are published in the order they were made (a draft is always a new row,
        and only a draft is published), so the newest of these is the last one published.
        """
        from djangocms_versioning.constants import PUBLISHED, UNPUBLISHED

        return (
            PublicationContent.admin_manager.filter(
                publication=self, versions__state__in=(PUBLISHED, UNPUBLISHED)
            )
            .order_by("-pk")
            .first()
        )


class PublicationContent(models.Model):
    """A version of a publication: a strategy, plan or report the department publishes as a PDF.

    The PDF is checked when it is saved (it must really be a readable PDF) and
    its size and page count are worked out from it. Publishing a version
    (publications/publishing.py) records its address, keeps the file it replaces as
    an earlier version, and notes when the publication first went live; the
    download address always gives the published version's file. The default
    manager (``objects``, made by djangocms-versioning) holds published versions
    only; ``admin_manager`` holds every version. A seeded version's PDF may only stand
    in for the published document (``stand_in``): readers are told so wherever it is
    offered (publications/stand_ins.py).
    """

    # An int, like djangocms-versioning's ``Version.object_id``: a bigint would make every
    # "published only" join cast, and miss the version table's index.
    id = models.AutoField(primary_key=True)
    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="contents")
    title = models.CharField(max_length=255)
    slug = models.SlugField(
        max_length=255,
        help_text="The last part of the web address. If you change it, the old address "
        "redirects to the new one once this version is published.",
    )
    kind = models.CharField(max_length=32, choices=Kind.choices)
    topics = models.ManyToManyField(Topic, blank=True, related_name="publications")
    summary = models.TextField(help_text="One or two sentences: what the document is for.")
    body = HTMLField(
        "HTML version",
        blank=True,
        help_text="An accessible HTML version of the document, where there is one. Leave it "
        "empty if there is none.",
    )
    file = models.FileField(
        "PDF", upload_to=stored_file_name, max_length=255, help_text="A PDF, 50 MB at most."
    )
    original_filename = models.CharField(max_length=255, editable=False, blank=True)
    file_size = models.PositiveBigIntegerField(editable=False, default=0)
    page_count = models.PositiveIntegerField(editable=False, default=0)
    # Set by the seed only (publications/seed.py), never worked out from the file: the PDF
    # here only stands in for the published document. A PDF uploaded to a version that
    # exists (the admin, or the import command's --replace-stand-ins) clears both.
    stand_in = models.BooleanField(
        "the PDF only stands in for the published document",
        default=False,
        editable=False,
        help_text="The published document is not on this website yet. Upload it to replace "
        "the stand-in.",
    )
    published_size = models.CharField(
        "size of the published document",
        max_length=20,
        blank=True,
        editable=False,
        help_text="As its source prints it (“2MB”), while the PDF here stands in for it.",
    )
    document_year = models.PositiveSmallIntegerField(
        "year of the document",
        help_text="Needed only if you give no date of the document: with a date, the year is "
        "taken from it. The year staff filter on.",
        blank=True,
    )
    document_date = models.DateField(
        "date of the document",
        null=True,
        blank=True,
        help_text="If the document has its own date. Give this or the year of the document.",
    )
    date_submitted = models.DateField(
        "date added",
        null=True,
        blank=True,
        default=timezone.localdate,
        help_text="When it was published on the website. Leave it empty if that is not known: "
        "readers then see no date, and lists order it by the year of the document.",
    )
    date_updated = models.DateField(null=True, blank=True, editable=False)
    is_live = models.BooleanField(
        "readers see this version",
        default=False,
        editable=False,
        help_text="Set when this version is published, cleared when it is unpublished.",
    )
    supersedes = models.ForeignKey(
        Publication,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="superseded_by",
        help_text="The earlier edition this one replaces.",
    )

    objects = PublishedManager()  # published versions only
    _original_manager = PublicationContentQuerySet.as_manager()  # every version

    class Meta:
        verbose_name = "publication"
        verbose_name_plural = "publications"
        indexes = [
            # The list, newest first (``newest_first`` leads with the year): read in order.
            models.Index(
                fields=["is_live", "-document_year", "-date_submitted"], name="pubcontent_newest"
            ),
            # The list filtered by type, or by type and year: a handful of rows, not all.
            models.Index(
                fields=["kind", "document_year"],
                condition=models.Q(is_live=True),
                name="pubcontent_kind_year",
            ),
            models.Index(fields=["slug"], name="pubcontent_slug"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Save, with what follows from the fields: the year from the date, a new PDF's facts,
        no HTML version if there is nothing to read in it."""
        self._take_year_from_date()
        self.body = html_version_or_blank(self.body)
        if self.has_new_file():
            facts = getattr(self, "_checked_pdf", None) or inspect_pdf(self.file.file)
            self.file_size, self.page_count = facts.size, facts.pages
            self.original_filename = shown_file_name(self.file.name)
            if self.pk:  # a PDF uploaded to this version replaces any stand-in
                self.stand_in, self.published_size = False, ""
        super().save(*args, **kwargs)

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
        if self.slug and self._slug_taken():
            raise ValidationError(
                {"slug": "This address is or was used by another publication; choose another."}
            )
        if self.supersedes_id and self.supersedes_id == self.publication_id:
            raise ValidationError({"supersedes": "A publication cannot supersede itself."})

    def _slug_taken(self):
        """Another publication has this address now, in any version, or had it once."""
        others = PublicationContent.admin_manager.filter(slug=self.slug)
        old = PublicationSlug.objects.filter(slug=self.slug)
        if self.publication_id:
            others = others.exclude(publication_id=self.publication_id)
            old = old.exclude(publication_id=self.publication_id)
        return others.exists() or old.exists()

    def clean_fields(self, exclude=None):
        if not self.slug and self.title:
            self.slug = slugify(self.title)[:255]
        super().clean_fields(exclude=exclude)
        self.body = html_version_or_blank(self.body)
        if (exclude is None or "file" not in exclude) and self.has_new_file():
            try:
                self._checked_pdf = inspect_pdf(self.file.file)
            except ValidationError as error:
                raise ValidationError({"file": error.messages}) from None

    def has_new_file(self):
        return bool(self.file) and not self.file._committed

    def _take_year_from_date(self):
        """The year staff filter on is the document's own date's year, when it has one."""
        if self.document_date:
            self.document_year = self.document_date.year

    def has_publish_permission(self, user):
        """Asked by djangocms-versioning before publishing or unpublishing a version."""
        return user.has_perm(PUBLISH_PERMISSION)

    def has_change_permission(self, user):
        return user.has_perm("publications.change_publicationcontent")

    def get_download_url(self):
        return f"{self.get_absolute_url()}download/"

    def get_preview_url(self):
        """This version as readers would see it (staff only): versioning's compare view shows it."""
        return reverse("admin:publications_publicationcontent_preview", args=[self.pk])

    @property
    def download_filename(self):
        return download_name(self.original_filename, self.slug)


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
        return download_name(self.original_filename, "earlier-version")


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
        found = PublicationContent.objects.all()
        if self.kind:
            found = found.of_kind(self.kind)
        if self.topic_id:
            found = found.about(self.topic.slug)
        return found.newest_first().with_email_to_ask()[: self.count]
