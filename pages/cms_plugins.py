"""CMS plugins that show the department's records on any page: each concept's sub-package
has its own plugins.py, registered here, where django CMS looks for them."""

from pages.governance import plugins as governance_plugins  # noqa: F401
from pages.inspections import plugins as inspections_plugins  # noqa: F401
from pages.performance import plugins as performance_plugins  # noqa: F401
