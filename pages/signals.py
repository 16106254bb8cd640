"""Keep third-party caches in step with the database."""

from djangocms_versioning import versionables


def forget_cached_content_type_ids(**kwargs):
    """Drop djangocms-versioning's cached content-type ids after migrate or flush.

    Each versionable caches the primary keys of its content types for the life
    of the process. ``manage.py flush`` (run between live-server tests, or by
    hand) recreates the content types with new keys, and versioning would then
    look for versions under the old ones: a new page would get no version.
    """
    for versionable in versionables._cms_extension().versionables:
        versionable.__dict__.pop("content_types", None)
