"""The signal receivers that turn every change readers may see into ``pages_changed``.

Connected once from ``SiteCacheConfig.ready()``:

- each model an app declares in ``shown_on_pages`` (site_cache/declarations.py):
  saved, deleted, or one of its many-to-many fields changed; unless it is versioned
  (publications' ``PublicationContent``): saving a draft changes nothing readers see;
- djangocms-versioning publishing or unpublishing a version of anything
  versioned (pages, publications): the plugins declared for a versioned record
  model are refreshed with it;
- django CMS moving, deleting or changing the settings of a page.

Apps that declare ``shown_records_changed(plugin_types)`` are told once the
change has committed (site_cache/refresh.py).
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from site_cache.declarations import shown_on_pages
from site_cache.refresh import pages_changed


def connect() -> None:
    from cms.signals import post_obj_operation
    from djangocms_versioning.signals import post_version_operation

    for model, plugin_types in shown_on_pages().items():
        if is_versioned(model):
            continue  # only publishing changes what readers see: version_changed
        receiver = RecordChanged(plugin_types)
        uid = f"site_cache.{model._meta.label}"
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}.saved")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}.deleted")
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                receiver,
                sender=field.remote_field.through,
                weak=False,
                dispatch_uid=f"{uid}.{field.name}",
            )
    post_version_operation.connect(version_changed, dispatch_uid="site_cache.version")
    post_obj_operation.connect(page_tree_changed, dispatch_uid="site_cache.page_tree")


class RecordChanged:
    """A row of a model shown on pages changed: refresh pages holding these plugins."""

    def __init__(self, plugin_types: frozenset[str]):
        self.plugin_types = plugin_types

    def __call__(self, **kwargs) -> None:
        if kwargs.get("action", "post_").startswith("pre_"):
            return  # m2m_changed: only once the rows have changed
        pages_changed(self.plugin_types)


def is_versioned(model) -> bool:
    from djangocms_versioning import versionables

    return versionables.exists_for_content(model)


def version_changed(sender, operation, **kwargs) -> None:
    """A version was published or unpublished: what readers see has changed.

    Making a draft, editing or archiving one changes nothing the public sees.
    A record model's version also refreshes the plugins declared to show it.
    """
    from djangocms_versioning.constants import OPERATION_PUBLISH, OPERATION_UNPUBLISH

    if operation in (OPERATION_PUBLISH, OPERATION_UNPUBLISH):
        pages_changed(shown_on_pages().get(sender, ()))


def page_tree_changed(sender, operation, **kwargs) -> None:
    """A page was moved, deleted or had its settings changed: the live site may differ.

    Editing a draft's plugins is an operation too, but changes nothing the public sees.
    """
    from cms import operations

    if operation in (
        operations.MOVE_PAGE,
        operations.DELETE_PAGE,
        operations.CHANGE_PAGE,
        operations.DELETE_PAGE_TRANSLATION,
    ):
        pages_changed()
