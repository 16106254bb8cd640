from django.apps import AppConfig


class SiteCacheConfig(AppConfig):
    """Caching and freshness: the fast path, the site's generation, CMS caches, proxy purge.

    Connected once, here, from what each app declares it shows on pages
    (site_cache/declarations.py); every change reaches ``refresh.pages_changed``,
    whose docstring is the one timing rule. No app imports this one.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "site_cache"
    verbose_name = "Page caching"

    def ready(self):
        from site_cache import receivers

        receivers.connect()
