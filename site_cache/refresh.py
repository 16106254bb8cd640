"""The one timing rule for every change a reader may see.

Anything that changes what anonymous readers see (a page version published or
unpublished, a page moved, a record, publication or contact line saved, an alert
banner changed) reaches this one function, from the receivers that
site_cache/apps.py connects once from every app's declaration::

    pages_changed(("ContactCardPlugin",))  # the plugins that show what changed; () for none

It does two things:

1. **At once**, inside the transaction if there is one: django CMS's page cache
   is dropped, with the cached renders of every placeholder holding one of
   those plugins, and the generation file is bumped so every process on this
   host drops the pages it kept. The editor's next request, and a test, see the
   change.
2. **After the commit, once per transaction**, for every plugin type named
   during it: the same again, then the generation is bumped for every other
   host (Redis) and the reverse-proxy caches are purged
   (site_cache/proxy_purge.py). Last, each app that declares
   ``shown_records_changed(plugin_types)`` is told which plugins' rows changed
   (search re-indexes the pages holding them): once for a transaction that
   saved a hundred rows, and never for one that was rolled back.

Why both: django CMS bumps its own cache version inside the publish
transaction, so a request arriving during the transaction can render the old
page and keep it under the new version. Step 2 runs after the commit, so no
page kept before it survives; step 1 alone would leave that race open, and
step 2 alone would leave the editor's own process showing the old page until
the commit. Outside a transaction (autocommit) step 2 runs at once. When a
transaction is rolled back its step 2 is forgotten by Django; what it had named
is done with the next commit instead (at worst one refresh more than needed).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from django.db import transaction

_pending = threading.local()


def pages_changed(plugin_types: Iterable[str] = ()) -> None:
    """Something readers see changed: refresh now, and again after the commit (see above)."""
    types = frozenset(plugin_types)
    drop_cms_caches(types)
    _generation().bump_host()
    waiting = getattr(_pending, "plugin_types", None)
    if waiting is None:
        waiting = _pending.plugin_types = set()
    waiting.update(types)
    _pending.waiting = True
    # Registered on every call, run once: a callback registered inside a savepoint that
    # is rolled back is dropped by Django, so only registering once would lose it.
    transaction.on_commit(_after_commit)


def _after_commit() -> None:
    if not getattr(_pending, "waiting", False):
        return  # an earlier callback of this transaction did it
    types = frozenset(_pending.plugin_types)
    _pending.waiting = False
    _pending.plugin_types = set()
    site_changed(types)
    if types:
        tell_apps_shown_records_changed(types)


def site_changed(plugin_types: Iterable[str] = ()) -> None:
    """Make every cache fresh everywhere: call it only once the change has committed."""
    from django.conf import settings

    drop_cms_caches(frozenset(plugin_types))
    _generation().bump()
    if settings.PROXY_PURGE_URLS:
        from site_cache.proxy_purge import purge_proxies

        purge_proxies()


def tell_apps_shown_records_changed(plugin_types: frozenset[str]) -> None:
    """Call ``shown_records_changed(plugin_types)`` on every AppConfig that declares it."""
    from django.apps import apps

    for config in apps.get_app_configs():
        listener = getattr(config, "shown_records_changed", None)
        if callable(listener):
            listener(plugin_types)


def drop_cms_caches(plugin_types: frozenset[str]) -> None:
    """django CMS's page cache, and its cached renders of placeholders holding these plugins."""
    from cms.cache import invalidate_cms_page_cache
    from cms.cache.placeholder import clear_placeholder_cache
    from cms.models import CMSPlugin, Placeholder
    from django.conf import settings

    invalidate_cms_page_cache()
    if not plugin_types:
        return
    shown_in = (
        CMSPlugin.objects.filter(plugin_type__in=plugin_types)
        .values_list("placeholder_id", "language")
        .distinct()
    )
    for placeholder_id, language in shown_in:
        clear_placeholder_cache(Placeholder(pk=placeholder_id), language, settings.SITE_ID)


def forget_everything() -> None:
    """Empty every cache a page could come from (tests and benchmarks measuring a full render)."""
    from django.core.cache import cache

    cache.clear()
    _generation().bump_host()


def _generation():
    from site_cache.generation import state

    return state()
