"""/sitemap.xml and /robots.txt: what search engines may index.

Only what a resident can see goes in: published CMS pages (djangocms-versioning's
default manager only returns published content) and published publications.
"""

from cms.sitemaps import CMSSitemap
from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from publications.models import Publication


class PagesSitemap(CMSSitemap):
    changefreq = "monthly"


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


SITEMAPS = {"pages": PagesSitemap, "publications": PublicationsSitemap}


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
