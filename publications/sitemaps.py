"""The publications' part of /sitemap.xml: published publications only."""

from django.contrib.sitemaps import Sitemap

from publications.models import PublicationContent


class PublicationsSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        return PublicationContent.objects.only("slug", "date_submitted", "date_updated").order_by(
            "pk"
        )

    def lastmod(self, publication):
        return publication.date_updated or publication.date_submitted
