"""The bodies that govern the department's work and how they relate to each other.

A body's relationships are typed as the sources state them ("reports to",
"links with", "accountable to"); each one must say where it is stated, so no
reporting line is drawn from a guess. A relationship may end at a body the site
has no section for, by the name its source gives (``BodyRelationship.to_name``),
so that nothing is said about whether it is one of the bodies here.
"""

from dataclasses import dataclass

from cms.models import CMSPlugin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.text import slugify

__all__ = [
    "BodyDuty",
    "BodyKind",
    "BodyRelationship",
    "GovernanceBodiesPluginModel",
    "GovernanceBody",
    "NamedBody",
    "RelationshipKind",
]

AS_AT_HELP = (
    "The day these facts were true: the date of the newest source they come from. Change it "
    "when you change the facts. Leave empty if the source gives no date."
)


class BodyKind(models.TextChoices):
    """What sort of body it is. The order here is the order of the groups on the page."""

    DEPARTMENT = "department", "Department"
    COMMITTEE = "committee", "Committee"
    SUB_COMMITTEE = "sub-committee", "Sub-committee"
    TASK_GROUP = "task-group", "Task group"
    BOARD = "board", "Board"
    PARTNERSHIP_BOARD = "partnership-board", "Partnership board"
    STATUTORY_BOARD = "statutory-board", "Statutory board"
    PARTNERSHIP = "partnership", "Partnership"
    NHS_PARTNERSHIP = "nhs-partnership", "NHS partnership"
    PANEL = "panel", "Panel"
    FORUM = "forum", "Forum"

    @property
    def group_heading(self) -> str:
        """The heading over the bodies of this kind on the governance page."""
        return GROUP_HEADINGS[self]


GROUP_HEADINGS = {
    BodyKind.DEPARTMENT: "Our department",
    BodyKind.COMMITTEE: "Committees",
    BodyKind.SUB_COMMITTEE: "Sub-committees",
    BodyKind.TASK_GROUP: "Task groups",
    BodyKind.BOARD: "Boards",
    BodyKind.PARTNERSHIP_BOARD: "Partnership boards",
    BodyKind.STATUTORY_BOARD: "Statutory boards",
    BodyKind.PARTNERSHIP: "Partnerships",
    BodyKind.NHS_PARTNERSHIP: "NHS partnerships",
    BodyKind.PANEL: "Panels",
    BodyKind.FORUM: "Forums for children, young people and parents",
}


class RelationshipKind(models.TextChoices):
    """How one body stands to another, in the words the sources use."""

    REPORTS_TO = "reports-to", "Reports to"
    ACCOUNTABLE_TO = "accountable-to", "Accountable to"
    LINKS_WITH = "links-with", "Links with"

    @property
    def incoming_label(self) -> str:
        """The same relationship read from the other end: "Reports to it"."""
        return {
            RelationshipKind.REPORTS_TO: "Reports to it",
            RelationshipKind.ACCOUNTABLE_TO: "Accountable to it",
            RelationshipKind.LINKS_WITH: "Links with",
        }[self]


class GovernanceBodyQuerySet(models.QuerySet):
    def of_kind(self, kind):
        return self.filter(kind=kind)

    def for_page(self):
        """Every body with its duties and relationships, in a fixed number of queries."""
        return self.prefetch_related(
            "duties",
            Prefetch(
                "relationships",
                queryset=BodyRelationship.objects.select_related("to_body"),
            ),
            Prefetch(
                "relationships_in",
                queryset=BodyRelationship.objects.select_related("from_body"),
            ),
        )


class GovernanceBody(models.Model):
    """A board, committee, partnership or forum that oversees or shapes the department's work.

    Its page section is at ``/governance/#<slug>``: the slug is the stable
    anchor staff link to, so it is not changed when the name is.
    """

    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(
        max_length=30, blank=True, help_text="The abbreviation the sources use: CPB, CHSCP."
    )
    slug = models.SlugField(
        max_length=100,
        unique=True,
        blank=True,
        help_text="The anchor of its section: /governance/#slug. Made from the name if left "
        "blank. Changing it breaks links people have shared.",
    )
    other_names = models.CharField(
        "also called",
        max_length=255,
        blank=True,
        help_text="Other names the sources use, e.g. an older name and where it was used.",
    )
    kind = models.CharField(max_length=32, choices=BodyKind.choices)
    statutory_basis = models.CharField(
        max_length=200, blank=True, help_text="The law it is set up under, e.g. Care Act 2014."
    )
    chair = models.CharField(max_length=200, blank=True, help_text="e.g. Independently chaired.")
    meets = models.CharField(
        "how often it meets", max_length=200, blank=True, help_text="e.g. Quarterly."
    )
    purpose = models.TextField(
        "what it is for",
        blank=True,
        help_text="Plain text. Leave a blank line between paragraphs.",
    )
    duties_heading = models.CharField(
        max_length=200,
        default="Key responsibilities",
        help_text="The heading over its list of duties or responsibilities.",
    )
    link_url = models.URLField("link out", blank=True, help_text="Its own website, if it has one.")
    link_text = models.CharField(
        max_length=200, blank=True, help_text="What the link says; for example its website's name."
    )
    source_note = models.CharField(
        "sources",
        max_length=500,
        blank=True,
        help_text="Where these facts come from, with the date of the source.",
    )
    as_at = models.DateField("facts as at", null=True, blank=True, help_text=AS_AT_HELP)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Order among bodies of the same kind (lowest first)."
    )
    updated_at = models.DateTimeField("last updated", auto_now=True)

    objects = GovernanceBodyQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "governance body"
        verbose_name_plural = "governance bodies"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"/governance/#{self.slug}"

    def clean_fields(self, exclude=None):
        if not self.slug and self.name:
            self.slug = slugify(self.name)[:100]
        super().clean_fields(exclude=exclude)

    def clean(self):
        if self.link_text and not self.link_url:
            raise ValidationError({"link_url": "Give the address the link text is for."})

    @property
    def heading(self) -> str:
        """Its name with its short name: "Children's Partnership Board (CPB)"."""
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    def paragraphs(self) -> list[str]:
        """What it is for, one string per paragraph."""
        return [part.strip() for part in self.purpose.split("\n\n") if part.strip()]


class BodyDuty(models.Model):
    """One item in a body's list of duties or key responsibilities, in order."""

    body = models.ForeignKey(GovernanceBody, on_delete=models.CASCADE, related_name="duties")
    text = models.TextField()
    position = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField("last updated", auto_now=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = "duty or responsibility"
        verbose_name_plural = "duties and responsibilities"

    def __str__(self):
        return self.text[:80]


@dataclass(frozen=True)
class NamedBody:
    """A body, programme or group a source names that has no section on the page: only its
    name, in the source's words, and no anchor to link to."""

    name: str
    slug: str = ""  # no section, so no anchor


class BodyRelationshipQuerySet(models.QuerySet):
    def reporting_lines(self):
        """Every relationship with both ends, ordered as the picture draws them."""
        return self.select_related("from_body", "to_body").order_by(
            "from_body__position",
            "from_body__name",
            "kind",
            "to_body__position",
            "to_body__name",
            "to_name",
            "pk",  # no ties: PostgreSQL returns tied rows in whatever order they lie
        )


class BodyRelationship(models.Model):
    """How one body stands to another, as a source states it ("reports to", ...).

    Never drawn from a guess: ``source`` must say where it is stated (document
    and date). The other end is a body on the page or, when the source names
    one the page has no section for, that name in the source's words
    (``to_name``): the page shows the name as given, without saying whether it
    is one of its own bodies under another name.
    """

    from_body = models.ForeignKey(
        GovernanceBody, on_delete=models.CASCADE, related_name="relationships"
    )
    kind = models.CharField(max_length=32, choices=RelationshipKind.choices)
    to_body = models.ForeignKey(
        GovernanceBody,
        on_delete=models.CASCADE,
        related_name="relationships_in",
        null=True,
        blank=True,
        help_text="A body with a section on the page.",
    )
    to_name = models.CharField(
        "or a name the source gives",
        max_length=200,
        blank=True,
        help_text="Instead of a body: a body, programme or group the source names that has no "
        "section on the page, in the source's words. It is shown as named, without a link.",
    )
    source = models.CharField(
        max_length=500,
        help_text="Where this relationship is stated (document and date). Only record "
        "relationships a source states.",
    )
    updated_at = models.DateTimeField("last updated", auto_now=True)

    objects = BodyRelationshipQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "to_body__position", "to_body__name", "to_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["from_body", "kind", "to_body"], name="governance_relationship_once"
            ),
            models.UniqueConstraint(
                fields=["from_body", "kind", "to_name"],
                condition=~Q(to_name=""),
                name="governance_named_relationship_once",
            ),
            models.CheckConstraint(
                condition=Q(to_body__isnull=True) | ~Q(from_body=models.F("to_body")),
                name="governance_relationship_not_self",
            ),
            models.CheckConstraint(
                condition=Q(to_body__isnull=False, to_name="")
                | Q(to_body__isnull=True) & ~Q(to_name=""),
                name="governance_relationship_one_end",
                violation_error_message="A relationship ends at a body or at a name a source "
                "gives: one of the two.",
            ),
        ]

    def __str__(self):
        return f"{self.from_body} {self.get_kind_display().lower()} {self.other_end.name}"

    @property
    def other_end(self) -> "GovernanceBody | NamedBody":
        """The body it points to, or the name its source gives for one with no section."""
        return self.to_body if self.to_body_id else NamedBody(self.to_name)

    def clean(self):
        self.to_name = self.to_name.strip()
        if self.to_body_id and self.to_name:
            raise ValidationError({"to_name": "Choose a body or give a name, not both."})
        if not (self.to_body_id or self.to_name):
            raise ValidationError({"to_body": "Choose a body, or give the name the source uses."})
        if not self.from_body_id:
            return
        if self.from_body_id == self.to_body_id:
            raise ValidationError({"to_body": "A body cannot have a relationship with itself."})
        ends = {"to_body_id": self.to_body_id} if self.to_body_id else {"to_name": self.to_name}
        same = BodyRelationship.objects.filter(
            from_body_id=self.from_body_id, kind=self.kind, **ends
        )
        if same.exclude(pk=self.pk).exists():
            raise ValidationError(
                f"{self.from_body} already {self.get_kind_display().lower()} {self.other_end.name}."
            )
        if self.kind == RelationshipKind.LINKS_WITH and self.to_body_id:
            reverse = BodyRelationship.objects.filter(
                from_body_id=self.to_body_id, to_body_id=self.from_body_id, kind=self.kind
            )
            if reverse.exists():
                raise ValidationError(
                    f"{self.to_body} already links with {self.from_body}: "
                    "a link goes both ways, so record it once."
                )


class GovernanceBodiesPluginModel(CMSPlugin):
    """Settings of a "Governance bodies" plugin: the picture, its text equivalent, the bodies."""

    diagram_heading = models.CharField(max_length=100, default="Who reports to whom")
    show_diagram = models.BooleanField(
        "show the picture and its list", default=True, help_text="Who reports to whom."
    )

    def __str__(self):
        return self.diagram_heading if self.show_diagram else "Governance bodies"


def governance_record_changed(sender, instance, **kwargs):
    """Bump the bodies' "last updated": it covers their duties and relationships, deleted
    ones too. (Cached pages are refreshed from ``PagesConfig.shown_on_pages``.)"""
    if sender is not GovernanceBody:
        ids = [getattr(instance, name, None) for name in ("body_id", "from_body_id", "to_body_id")]
        GovernanceBody.objects.filter(pk__in=[pk for pk in ids if pk]).update(
            updated_at=timezone.now()
        )


def connect_last_updated() -> None:
    """Connect ``governance_record_changed`` (from ``PagesConfig.ready()``)."""
    for model in (BodyDuty, BodyRelationship):
        uid = f"governance.{model.__name__}"
        post_save.connect(governance_record_changed, sender=model, dispatch_uid=f"{uid}.saved")
        post_delete.connect(governance_record_changed, sender=model, dispatch_uid=f"{uid}.deleted")
