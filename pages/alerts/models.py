"""A site-wide alert banner: shown on every page from its start until its end, or until a
Publisher stops it."""

from datetime import timedelta

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

END_AFTER_START = (
    "“Shown until” must be after “Shown from”. Leave it empty to show the banner until you stop it."
)


def not_ended_at(moment) -> Q:
    """Banners still to end after ``moment``: those with no end are shown until stopped."""
    return Q(ends_at__isnull=True) | Q(ends_at__gt=moment)


class AlertBannerQuerySet(models.QuerySet):
    def showing_at(self, moment):
        """The banners shown at ``moment``, the most severe first."""
        order = models.Case(
            *(models.When(severity=s, then=i) for i, s in enumerate(SEVERITY_ORDER)),
            output_field=models.IntegerField(),
        )
        return (
            self.filter(not_ended_at(moment), starts_at__lte=moment)
            .annotate(severity_order=order)
            .order_by("severity_order", "-starts_at")
        )

    def next_change_after(self, moment):
        """The first start or end after ``moment``: when every page's banner area changes.

        A banner with no end changes the pages only at its start (and when it is stopped,
        which saves it: pages change at once)."""
        upcoming = self.filter(not_ended_at(moment)).aggregate(
            next_start=models.Min("starts_at", filter=Q(starts_at__gt=moment)),
            next_end=models.Min("ends_at"),
        )
        moments = [value for value in upcoming.values() if value is not None]
        return min(moments, default=None)


class AlertBanner(models.Model):
    """A message shown at the top of every page, from its start time until its end time.

    It cannot be dismissed: the site sets no cookie, and an emergency must stay
    in view. Readers see it from the moment it starts until the moment it ends
    (a cached page never outlives the next start or end: site_cache/generation.py),
    and at once when it is saved. A banner with no end is shown until a Publisher
    stops it (``stop``), which ends it there and then.
    """

    severity = models.CharField(
        max_length=20,
        choices=AlertSeverity.choices,
        default=AlertSeverity.ANNOUNCEMENT,
        help_text=(
            "Sets the banner’s colour and order: an emergency is bright red and shown first, "
            "an announcement is in the site’s own colour, a minor one is grey and shown last."
        ),
    )
    title = models.CharField(
        max_length=120,
        help_text="The bold heading readers see, such as “Offices closed”.",
    )
    message = models.TextField(
        max_length=400,
        help_text=(
            "What readers see under the heading: one or two plain sentences. "
            "No formatting or links here."
        ),
    )
    link_url = models.CharField(
        "link address",
        max_length=500,
        blank=True,
        validators=[alert_link_validator],
        help_text=(
            "Optional: where the link under the message takes readers: a page on this "
            "website (/contact/) or an https:// address."
        ),
    )
    link_text = models.CharField(
        max_length=100,
        blank=True,
        help_text="The words readers see as the link, such as “How to contact us”.",
    )
    starts_at = models.DateTimeField(
        "shown from (London time)",
        default=timezone.now,
        help_text="Readers see the banner on every page from this minute.",
    )
    ends_at = models.DateTimeField(
        "shown until (London time, optional)",
        null=True,
        blank=True,
        help_text=(
            "Readers stop seeing the banner at this minute. Leave it empty to show it until "
            "you stop it (the list of banners has “Stop showing now”)."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = AlertBannerQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = "alert banner"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="pages_alert_ends_after_it_starts",
                violation_error_message=END_AFTER_START,
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        errors = {}
        if bool(self.link_url) != bool(self.link_text):
            errors["link_text"] = "Give both the link address and its words, or neither."
        # The check constraint says the same; said here, the message sits by the field.
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = END_AFTER_START
        if errors:
            raise ValidationError(errors)

    def is_showing_at(self, moment) -> bool:
        return self.starts_at <= moment and (self.ends_at is None or moment < self.ends_at)

    def stop(self, moment) -> bool:
        """End the banner at ``moment``, if it is showing then: saved, so every page drops it
        at once (site_cache/refresh.py). False, and nothing saved, if it was not showing."""
        if not self.is_showing_at(moment):
            return False
        # A banner stopped in the very microsecond it started still ends after it starts.
        self.ends_at = max(moment, self.starts_at + timedelta(microseconds=1))
        self.save(update_fields=["ends_at", "updated_at"])
        return True

    @property
    def is_emergency(self) -> bool:
        return self.severity == AlertSeverity.EMERGENCY
