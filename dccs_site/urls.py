from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path
from django.views.decorators.cache import cache_control

from dccs_site import canonical, health, robots
from feedback import urls as feedback_urls
from pages.sitemaps import PagesSitemap
from publications.sitemaps import PublicationsSitemap
from search import urls as search_urls
from staff import urls as staff_urls

handler500 = "dccs_site.failure.server_error"

SITEMAPS = {"pages": PagesSitemap, "publications": PublicationsSitemap}


@cache_control(public=True, max_age=60)  # kept and shared like pages; a publish empties caches
def sitemap(request, **kwargs):
    """Django's sitemap view; the page caches in front key it on ``?p=`` (its page) alone.

    Its addresses start with the canonical origin: the Sites record gives the host, and the
    scheme is SITE_URL's, not the request's (which is plain HTTP behind a proxy that says
    nothing, or for a probe straight to gunicorn)."""
    scheme = canonical.scheme()
    sitemaps = {name: kind() for name, kind in kwargs.pop("sitemaps").items()}
    for each in sitemaps.values():
        each.protocol = scheme
    response = sitemap_views.sitemap(request, sitemaps=sitemaps, **kwargs)
    response.query_parameters = ("p",)
    return response


urlpatterns = [
    path("healthz", health.healthz, name="healthz"),  # answered by HealthCheckMiddleware
    # Browsers ask for /favicon.ico whatever the page says; answer without a 404.
    path("favicon.ico", lambda request: redirect(static("images/favicon.svg"), permanent=True)),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots.robots_txt, name="robots"),
    # Search and feedback say their whole addresses in their own urls.py; their patterns are
    # taken in flat, so the URL list (Django's debug 404 page) names each one, as before.
    *feedback_urls.urlpatterns,
    # before the admin's own: "Forgotten your password?" (staff/urls.py)
    *staff_urls.urlpatterns,
    path("admin/", admin.site.urls),
    path("", include("contacts.urls")),
    *search_urls.urlpatterns,
    # django CMS serves every page in its tree; it must come last.
    path("", include("cms.urls")),
]
