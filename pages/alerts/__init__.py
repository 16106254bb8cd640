"""The site-wide alert banner: model, admin (with "Stop showing now") and its form's times;
every page's layout shows it through pages/templatetags/alerts.py."""
