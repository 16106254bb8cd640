from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

from dccs_site import health

handler500 = "dccs_site.failure.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),  # answered by HealthCheckMiddleware
    # Browsers ask for /favicon.ico whatever the page says; answer without a 404.
    path("favicon.ico", lambda request: redirect(static("images/favicon.svg"), permanent=True)),
    path("admin/", admin.site.urls),
    path("", include("contacts.urls")),
    # django CMS serves every page in its tree; it must come last.
    path("", include("cms.urls")),
]
