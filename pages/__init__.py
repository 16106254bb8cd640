"""What CMS pages are made of.

One sub-package per concept shown on pages, each with its models, admin,
plugins and seed side by side: governance/, inspections/, performance/ (themes
and KPIs), alerts/ (the site-wide banner), redirects/ (old page addresses).
Beside them: the editorial roles (roles.py), the page tree's admin (admin.py),
the seed command and the pages' words (management/commands/seed_site.py, seed/).
"""
