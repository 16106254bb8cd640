"""The site-wide alert banner: model and admin; every page's layout shows it through
pages/templatetags/alerts.py."""
