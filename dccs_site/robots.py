"""/robots.txt: what search engines may index, and where the sitemap is.

The sitemap itself is each app's (pages/sitemaps.py, publications/sitemaps.py),
put together in dccs_site/urls.py. Its address is on the canonical origin
(``SITE_URL``), whatever Host the request sent.
"""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from dccs_site.canonical import absolute


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {absolute(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
