"""Atom feed of publications, newest first."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html

from publications.formatting import canonical_address, format_file_size
from publications.models import PublicationContent
from publications.stand_ins import CONTACT_PAGE, stand_in_label_feed_html

FEED_LENGTH = 50


def as_datetime(day):
    return timezone.make_aware(datetime.combine(day, time(9)))


def added_on(item):
    """The day the document was published, as its source gives it; where none does, the
    moment it was added to this site (Atom needs a date: the page and the list show none)."""
    if item.date_submitted:
        return as_datetime(item.date_submitted)
    return item.publication.first_published_at


class LatestPublicationsFeed(Feed):
    feed_type = Atom1Feed
    title = "Strategies, plans and reports – Community and Children's Services"
    subtitle = "Documents published by the City of London Corporation's Department of Community and Children's Services."  # noqa: E501

    # Every address absolute on the canonical origin: Django would otherwise add the Sites
    # record's domain with the request's scheme (plain HTTP when no proxy says otherwise).
    def link(self):
        return canonical_address(reverse("publications:list"))

    def feed_url(self):
        return canonical_address(reverse("publications:feed"))

    def item_link(self, item):
        return canonical_address(item.get_absolute_url())

    def items(self):
        # Published versions only: the default manager holds nothing else. In the list's
        # order (by year first), so an undated document stands among those of its year.
        published = PublicationContent.objects.select_related("publication")
        return published.newest_first().with_email_to_ask()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Atom says the summary is HTML (type="html"); the summary an editor types is text.
        if not item.stand_in:
            return format_html("{} (PDF, {})", item.summary, format_file_size(item.file_size))
        return format_html(
            "{} (PDF, {}) {}",
            item.summary,
            format_file_size(item.file_size),
            stand_in_label_feed_html(item, item.email_to_ask, canonical_address(CONTACT_PAGE)),
        )

    def item_pubdate(self, item):
        return added_on(item)

    def item_updateddate(self, item):
        return as_datetime(item.date_updated) if item.date_updated else added_on(item)

    def item_enclosure_url(self, item):
        """Absolute, on the canonical origin: Django adds the domain to links, not enclosures."""
        return canonical_address(item.get_download_url())

    def item_enclosure_length(self, item):
        return item.file_size

    item_enclosure_mime_type = "application/pdf"
