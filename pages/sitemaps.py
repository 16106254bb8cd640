"""The CMS pages' part of /sitemap.xml: published pages only.

djangocms-versioning's default manager returns only published content, so a
draft or unpublished page never appears. The site's root URLs put this beside
each other app's sitemap (publications/sitemaps.py).
"""

from cms.sitemaps import CMSSitemap


class PagesSitemap(CMSSitemap):
    changefreq = "monthly"
