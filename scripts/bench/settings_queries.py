"""Benchmark only: the production settings, with static files named as they are.

``make bench-short`` counts each page's queries while ``collectstatic`` is still
running in the background; production's manifest storage would refuse to name
a file before the manifest exists. Static file names cost no query, so the
count is production's.
"""

from dccs_site.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
