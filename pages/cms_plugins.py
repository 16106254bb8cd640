"""CMS plugins that show the department's records on any page: one module per concept."""

from pages import plugins_governance, plugins_inspections, plugins_performance  # noqa: F401
