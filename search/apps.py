from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search: an index of what the public can see, ranked, at /search/."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "Search"

    def shown_records_changed(self, plugin_types):
        """site_cache says rows shown by these plugins changed: re-index the pages holding them."""
        from search.index import records_shown_changed

        records_shown_changed(plugin_types)

    def ready(self):
        """Keep the index in step with publishing (the receivers are in search/index.py)."""
        from cms.models import Page
        from django.db.models.signals import post_delete
        from djangocms_versioning.signals import post_version_operation

        from publications.models import Publication
        from search import index

        post_version_operation.connect(
            index.version_operation, dispatch_uid="search-version-operation"
        )
        post_delete.connect(index.page_deleted, sender=Page, dispatch_uid="search-page-deleted")
        post_delete.connect(
            index.publication_deleted, sender=Publication, dispatch_uid="search-pub-deleted"
        )
