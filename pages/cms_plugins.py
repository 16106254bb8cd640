"""CMS plugins that show the department's records on any page: one module per concept."""

from pages.governance import plugins as governance_plugins  # noqa: F401
from pages.inspections import plugins as inspections_plugins  # noqa: F401
from pages.performance import plugins as performance_plugins  # noqa: F401
