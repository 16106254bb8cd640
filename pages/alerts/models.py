"""A site-wide alert banner: shown on every page from its start until its end."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

__all__ = ["AlertBanner", "AlertSeverity"]

# A path on this site ("/contact/") or an https:// address: never javascript: and the like.
alert_link_validator = RegexValidator(
    r"^(/(?!/)|https://)[^\s<>\"']*$",
    "Give a path on this website, such as /contact/, or an address starting with https://.",
)


class AlertSeverity(models.TextChoices):
    EMERGENCY = "emergency", "Emergency: a risk to life or safety (shown first, in red)"
    ANNOUNCEMENT = "announcement", "Announcement: something most visitors need to know"
    MINOR = "minor", "Minor: a change of service or a disruption"


SEVERITY_ORDER = [AlertSeverity.EMERGENCY, AlertSeverity.ANNOUNCEMENT, AlertSeverity.MINOR]


class AlertBannerQuerySet(models.QuerySet):
    def showing_at(self, moment):
        """The banners shown at ``moment``, the most severe first."""
        order = models.Case(
            *(models.When(severity=s, then=i) for i, s in enumerate(SEVERITY_ORDER)),
            output_field=models.IntegerField(),
        )
        return (
            self.filter(starts_at__lte=moment, ends_at__gt=moment)
            .annotate(severity_order=order)
            .order_by("severity_order", "-starts_at")
        )

    def next_change_after(self, moment):
        """The first start or end after ``moment``: when every page's banner area changes."""
        upcoming = self.filter(ends_at__gt=moment).aggregate(
            next_start=models.Min("starts_at", filter=Q(starts_at__gt=moment)),
            next_end=models.Min("ends_at"),
        )
        moments = [value for value in upcoming.values() if value is not None]
        return min(moments, default=None)


class AlertBanner(models.Model):
    """A message shown at the top of every page, between its start and end times.

    It cannot be dismissed: the site sets no cookie, and an emergency must stay
    in view. Readers see it from the moment it starts until the moment it ends
    (a cached page never outlives the next start or end: site_cache/generation.py),
    and at once when it is saved.
    """

    severity = models.CharField(
        max_length=20, choices=AlertSeverity.choices, default=AlertSeverity.ANNOUNCEMENT
    )
    title = models.CharField(max_length=120, help_text="A short heading, such as “Offices closed”.")
    message = models.TextField(
        max_length=400, help_text="One or two plain sentences. No formatting or links here."
    )
    link_url = models.CharField(
        "link address",
        max_length=500,
        blank=True,
        validators=[alert_link_validator],
        help_text="Optional: a page on this website (/contact/) or an https:// address.",
    )
    link_text = models.CharField(
        max_length=100, blank=True, help_text="The words of the link, such as “How to contact us”."
    )
    starts_at = models.DateTimeField("shown from", default=timezone.now)
    ends_at = models.DateTimeField("shown until")
    updated_at = models.DateTimeField(auto_now=True)

    objects = AlertBannerQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = "alert banner"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="pages_alert_ends_after_it_starts",
                violation_error_message="The end must be after the start.",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if bool(self.link_url) != bool(self.link_text):
            raise ValidationError(
                {"link_text": "Give both the link address and its words, or neither."}
            )

    @property
    def is_emergency(self) -> bool:
        return self.severity == AlertSeverity.EMERGENCY
