from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    """The documents library: strategies, plans and reports as PDFs."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "publications"
    verbose_name = "Publications"
