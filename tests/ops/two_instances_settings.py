"""Settings for the gunicorn processes of tests/ops/test_two_instances.py.

Production settings (DEBUG off, from the environment), except that static files
are served as they are: the production storage needs collectstatic's manifest,
which takes longer to build than the whole test, and no page here needs a file;
and that a test may stop the clock at a moment of its choosing
(tests/ops/clock.py), ahead of everything else, the fast path included.
"""

from dccs_site.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Test-only: without DCCS_TEST_CLOCK_FILE in the environment it leaves the stack.
MIDDLEWARE = ["tests.ops.clock.MovedClockMiddleware", *MIDDLEWARE]  # noqa: F405
