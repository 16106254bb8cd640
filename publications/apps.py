from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    """The documents library: strategies, plans and reports as PDFs."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "publications"
    verbose_name = "Publications"

    # What readers see of this app outside its own views, and the plugin that renders
    # it (site_cache keeps pages fresh, the search index re-reads them).
    shown_on_pages = {
        # versioned: refreshed when a version is published or unpublished
        "publications.PublicationContent": ("LatestPublicationsPlugin",),
        # topic names: the list's filters and each publication's page
        "publications.Topic": (),
        # where readers ask for a document: each publication's page, and beside stand-ins
        "publications.PublicationSettings": ("LatestPublicationsPlugin",),
    }
