"""Admin for the department's records: one module per concept."""

from pages import admin_governance, admin_inspections, admin_performance  # noqa: F401
