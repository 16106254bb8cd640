"""Publications are versioned like pages (djangocms-versioning): draft, published, unpublished
and archived versions of a ``PublicationContent``, grouped by their ``Publication``."""

from cms.app_base import CMSAppConfig
from djangocms_versioning.datastructures import VersionableItem

from publications.models import PublicationContent
from publications.publishing import copy_content, version_published, version_unpublished


class PublicationsCMSConfig(CMSAppConfig):
    djangocms_versioning_enabled = True
    versioning = [
        VersionableItem(
            content_model=PublicationContent,
            grouper_field_name="publication",
            copy_function=copy_content,
            on_publish=version_published,
            on_unpublish=version_unpublished,
            preview_url=PublicationContent.get_preview_url,
        )
    ]
