from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    """What CMS pages are made of: templates, menus, page metadata, the seed."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = "Pages"

    def ready(self):
        from pages.signals import forget_cached_content_type_ids

        post_migrate.connect(forget_cached_content_type_ids, dispatch_uid="pages.forget_ct_ids")
