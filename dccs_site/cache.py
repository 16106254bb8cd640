"""Keep cached CMS pages in step with the records they show.

django CMS caches whole pages (one site-wide version) and, separately, each
placeholder's rendered HTML (a version per placeholder). A plugin that shows
records (contact lines, publications, inspections...) is rendered into that
placeholder cache, so a change to the records must drop both::

    post_save.connect(lambda **kw: refresh_pages_showing(["ContactCardPlugin"]), sender=...)

The refresh runs now and again after the transaction commits: a request
arriving during the transaction could otherwise refill the cache with the old
data under the new version. Publishing a page version is handled the same way
(pages/apps.py connects ``freshness.site_changing``).
"""

from collections.abc import Iterable

from django.db import transaction


def _refresh(plugin_types: tuple[str, ...]) -> None:
    from cms.cache import invalidate_cms_page_cache
    from cms.cache.placeholder import clear_placeholder_cache
    from cms.models import CMSPlugin, Placeholder
    from django.conf import settings

    invalidate_cms_page_cache()
    shown_in = (
        CMSPlugin.objects.filter(plugin_type__in=plugin_types)
        .values_list("placeholder_id", "language")
        .distinct()
    )
    for placeholder_id, language in shown_in:
        clear_placeholder_cache(Placeholder(pk=placeholder_id), language, settings.SITE_ID)


def refresh_pages_showing(plugin_types: Iterable[str]) -> None:
    """Drop cached pages, and cached renders of the placeholders holding these plugins.

    Every process's kept pages go too (dccs_site/freshness.py), and the
    reverse-proxy caches in front are purged once the transaction commits.
    """
    from dccs_site import freshness

    types = tuple(plugin_types)
    _refresh(types)
    transaction.on_commit(lambda: _refresh(types))
    freshness.site_changing()
