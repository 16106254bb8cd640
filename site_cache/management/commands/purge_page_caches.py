"""``manage.py purge_page_caches``: make every cache fresh by hand.

What a publish does after its commit (site_cache/refresh.py), with nothing
published: django CMS's page and placeholder caches are dropped, every app
process on every host drops the pages it kept (the generation file and Redis),
and the reverse-proxy caches in ``PROXY_PURGE_URLS`` are purged. For a change
made outside the site (a database restored, a template deployed without a
restart of every process).
"""

from django.core.management.base import BaseCommand

from site_cache.refresh import site_changed


class Command(BaseCommand):
    help = "Empty every page cache: django CMS's, each process's kept pages, and the proxies'."

    def handle(self, *args, **options):
        from cms.models import CMSPlugin

        every_plugin_type = CMSPlugin.objects.values_list("plugin_type", flat=True).distinct()
        site_changed(frozenset(every_plugin_type))
        self.stdout.write("Every page cache is empty: the next request to each page renders it.")
