from django.contrib import admin
from django.urls import include, path

from dccs_site import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    # django CMS serves every page in its tree; it must come last.
    path("", include("cms.urls")),
]
