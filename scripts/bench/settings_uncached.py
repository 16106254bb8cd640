"""Benchmark only: the production settings with every page cache turned off.

``make bench`` serves the site twice under gunicorn: once as production runs it
(cached), once with this module, so that every request renders its page. The
other caches (menus, permissions, the apphook revision) stay as production has
them: this is a render with warm menus, not the cold first render after a
publish, which the in-process figures measure (see docs/performance.md).

Never use it to serve visitors: with the CMS page cache off, django CMS sends
``Cache-Control: no-store`` (see DESIGN.md).
"""

from dccs_site.settings import *  # noqa: F403

PAGE_CACHE_FAST_PATH = False  # the anonymous fast path in front of django CMS
CMS_PAGE_CACHE = False
CMS_PLACEHOLDER_CACHE = False
CMS_PLUGIN_CACHE = False
