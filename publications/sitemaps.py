"""The publications' part of /sitemap.xml: published publications only."""

from django.contrib.sitemaps import Sitemap

from publications.models import Publication


class PublicationsSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        return (
            Publication.objects.published()
            .only("slug", "date_submitted", "date_updated")
            .order_by("pk")
        )

    def lastmod(self, publication):
        return publication.date_updated or publication.date_submitted
