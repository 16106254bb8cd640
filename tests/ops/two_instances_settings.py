"""Settings for the gunicorn processes of tests/ops/test_two_instances.py.

Production settings (DEBUG off, from the environment), except that static files
are served as they are: the production storage needs collectstatic's manifest,
which takes longer to build than the whole test, and no page here needs a file.
"""

from dccs_site.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
