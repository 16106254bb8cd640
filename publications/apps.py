from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class PublicationsConfig(AppConfig):
    """The documents library: strategies, plans and reports as PDFs."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "publications"
    verbose_name = "Publications"

    def ready(self):
        from publications.models import Publication
        from publications.signals import publications_changed

        for signal in (post_save, post_delete):
            signal.connect(publications_changed, sender=Publication, dispatch_uid=f"pub-{signal}")
        m2m_changed.connect(
            publications_changed, sender=Publication.topics.through, dispatch_uid="pub-topics"
        )
