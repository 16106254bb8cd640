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


def records_changed(**kwargs):
    """A record shown on CMS pages changed: drop every cached page, now and after commit.

    Connect it to post_save, post_delete (and m2m_changed) of each such model.
    After commit too: a request during the transaction could refill the cache
    with the old page under the new cache version.
    """
    from cms.cache import invalidate_cms_page_cache
    from django.db import transaction

    invalidate_cms_page_cache()
    transaction.on_commit(invalidate_cms_page_cache)
