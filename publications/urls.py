from django.urls import path

from publications import exports, views
from publications.feeds import LatestPublicationsFeed

app_name = "publications"

urlpatterns = [
    path("", views.publication_list, name="list"),
    # The newest publications, kept and shared as the list is; it reads no query parameter.
    path(
        "feed/",
        views.reads_query()(views.shared_for_a_minute(LatestPublicationsFeed())),
        name="feed",
    ),
    path("export.csv", exports.export_csv, name="export-csv"),
    path("export.json", exports.export_json, name="export-json"),
    path("<slug:slug>/", views.publication_detail, name="detail"),
    path("<slug:slug>/download/", views.publication_download, name="download"),
    path(
        "<slug:slug>/earlier/<int:pk>/download/",
        views.earlier_file_download,
        name="earlier-download",
    ),
]
