from django.apps import AppConfig


class PagesConfig(AppConfig):
    """What CMS pages are made of: templates, menus, page metadata, the seed."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = "Pages"
