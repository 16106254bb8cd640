"""How the department measures itself: priority themes and KPIs, with their admin, plugins, seed."""
