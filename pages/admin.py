"""Admin for the department's records: one module per concept."""

from pages import (  # noqa: F401
    admin_page_tree,
)
from pages.alerts import admin as alerts_admin  # noqa: F401
from pages.governance import admin as governance_admin  # noqa: F401
from pages.inspections import admin as inspections_admin  # noqa: F401
from pages.performance import admin as performance_admin  # noqa: F401
from pages.redirects import admin as redirects_admin  # noqa: F401
