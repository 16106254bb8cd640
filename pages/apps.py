from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

# The tuples, in pages/models/<module>, of the records whose change must refresh cached pages.
RECORD_TUPLES = {
    "alerts": "ALERT_RECORDS",
    "governance": "GOVERNANCE_RECORDS",
    "inspections": "INSPECTION_RECORDS",
    "performance": "PERFORMANCE_RECORDS",
}


class PagesConfig(AppConfig):
    """What CMS pages are made of: templates, menus, page metadata, the seed."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        from importlib import import_module

        from pages.signals import forget_cached_content_type_ids, records_changed

        post_migrate.connect(forget_cached_content_type_ids, dispatch_uid="pages.forget_ct_ids")
        for module, name in RECORD_TUPLES.items():
            for model in getattr(import_module(f"pages.models.{module}"), name, ()):
                for signal in (post_save, post_delete):
                    signal.connect(records_changed, sender=model, dispatch_uid=f"{model}-{signal}")
                for field in model._meta.many_to_many:
                    m2m_changed.connect(
                        records_changed, sender=field.remote_field.through, dispatch_uid=f"{field}"
                    )

        self.connect_redirect_recording()
        self.connect_freshness()

        from pages.search_index import connect_signals

        connect_signals()

    def connect_freshness(self):
        """Publishing, unpublishing or moving a page makes every cached page fresh.

        django CMS drops its own page cache inside the publish transaction;
        ``site_changing`` does it again after the commit, and empties every
        process's kept pages and the proxies' caches (dccs_site/freshness.py).
        """
        from cms.signals import post_obj_operation
        from djangocms_versioning.signals import post_version_operation

        from dccs_site.freshness import site_changing

        post_version_operation.connect(site_changing, dispatch_uid="pages.freshness.version")
        post_obj_operation.connect(page_tree_changed, dispatch_uid="pages.freshness.page_tree")

    def connect_redirect_recording(self):
        """Remember each address a page has had, so old links keep working (pages/redirect_*)."""
        from cms.models import Page, PageContent
        from cms.signals import post_obj_operation
        from django.db.models.signals import pre_delete
        from djangocms_versioning.signals import post_version_operation

        from pages import redirect_recording as recording

        post_version_operation.connect(
            recording.version_operation_done, sender=PageContent, dispatch_uid="pages.redirects"
        )
        post_obj_operation.connect(recording.page_operation_done, dispatch_uid="pages.redirects")
        pre_delete.connect(recording.page_deleting, sender=Page, dispatch_uid="pages.redirects")


def page_tree_changed(sender, operation, **kwargs):
    """A page was moved, deleted or had its settings changed: the live site may differ.

    Editing a draft's plugins is an operation too, but changes nothing the public sees.
    """
    from cms import operations

    from dccs_site.freshness import site_changing

    if operation in (
        operations.MOVE_PAGE,
        operations.DELETE_PAGE,
        operations.CHANGE_PAGE,
        operations.DELETE_PAGE_TRANSLATION,
    ):
        site_changing()
