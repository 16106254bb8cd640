"""The department's structured records shown on CMS pages: one module per concept."""

from pages.alerts.models import *  # noqa: F403
from pages.governance.models import *  # noqa: F403
from pages.inspections.models import *  # noqa: F403
from pages.performance.models import *  # noqa: F403
from pages.redirects.models import *  # noqa: F403
