"""The department's records shown on CMS pages, gathered from each concept's sub-package.

Django finds an app's models through this module only, so each sub-package's
models are imported here (``from pages.models import GovernanceBody`` works).
They keep the app label "pages" and their tables wherever they are defined.
"""

from pages.alerts.models import *  # noqa: F403
from pages.governance.models import *  # noqa: F403
from pages.inspections.models import *  # noqa: F403
from pages.performance.models import *  # noqa: F403
from pages.redirects.models import *  # noqa: F403
