"""Keep cached CMS pages in step with publications (the latest-publications plugin shows them)."""

from cms.cache import invalidate_cms_page_cache
from django.db import transaction


def publications_changed(**kwargs):
    # After commit too: a request during the transaction could refill the cache
    # with the old list under the new cache version.
    invalidate_cms_page_cache()
    transaction.on_commit(invalidate_cms_page_cache)
