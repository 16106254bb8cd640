"""Keep cached CMS pages in step with publications (the latest-publications plugin shows them)."""

from dccs_site.cache import refresh_pages_showing


def publications_changed(**kwargs):
    refresh_pages_showing(["LatestPublicationsPlugin"])
