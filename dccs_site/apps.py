"""The project's own settings of what it does not own: the admin's names for it, and the
Sites record's domain (kept equal to ``SITE_URL``: dccs_site/canonical.py).

django CMS, djangocms-versioning, Django's accounts and django-axes name their
models and apps in their developers' words ("Page contents", "django CMS
Versioning", "Authentication and Authorization"); an editor looks for "Pages",
"Versions" and "Staff". ``ready()`` renames them where the admin shows them (its
index, sidebar, titles and breadcrumbs) and puts the site's name in the admin's
header, title and sign-in page; and it applies the fixes the project carries for
libraries until they ship them (dccs_site/library_patches.py). Listed last in
``INSTALLED_APPS``, so every other app, and djangocms-versioning's version models,
exist by then.
"""

from django.apps import AppConfig, apps

SITE_NAME = "Community and Children's Services website"
# App label: the name its section has in the admin.
APP_NAMES = {
    "auth": "Staff",
    "axes": "Sign-in lockouts",
    "cms": "Pages",
    "djangocms_versioning": "Versions",
}
# Model label: its name and plural in the admin.
MODEL_NAMES = {
    "auth.User": ("staff account", "staff accounts"),
    "auth.Group": ("role", "roles"),
    "axes.AccessAttempt": ("failed sign-in", "failed sign-ins"),
    "cms.PageContent": ("page", "pages"),
}


class SiteConfig(AppConfig):
    name = "dccs_site"
    verbose_name = "The site"

    def ready(self):
        from django.contrib import admin

        admin.site.site_header = SITE_NAME
        admin.site.site_title = f"{SITE_NAME}: editing"
        admin.site.index_title = "Editing the website"
        installed = {config.label for config in apps.get_app_configs()}
        for label, name in APP_NAMES.items():
            if label in installed:
                apps.get_app_config(label).verbose_name = name
        for label, (singular, plural) in MODEL_NAMES.items():
            app_label = label.split(".")[0]
            if app_label in installed:
                rename(apps.get_model(label), singular, plural)
        self.name_version_models()
        self.keep_one_origin()
        self.fix_libraries()

    @staticmethod
    def keep_one_origin():
        """The Sites record follows SITE_URL (dccs_site/canonical.py)."""
        from django.core import checks
        from django.db.models.signals import post_migrate

        from dccs_site.canonical import check_site_record, keep_site_record

        post_migrate.connect(
            keep_site_record,
            sender=apps.get_app_config("sites"),
            dispatch_uid="dccs_site.site_record",
        )
        checks.register(check_site_record, checks.Tags.sites, checks.Tags.database)

    @staticmethod
    def fix_libraries():
        """The fixes the project carries for libraries' Python code until they ship them
        (dccs_site/library_patches.py; their scripts: dccs_site/static_patches.py)."""
        from dccs_site import library_patches

        library_patches.apply()

    @staticmethod
    def name_version_models():
        """djangocms-versioning names each content's version model from its class name
        ("Publication content version"): named from the content's own name instead."""
        from djangocms_versioning import versionables

        for versionable in versionables._cms_extension().versionables:
            content = versionable.content_model._meta.verbose_name
            rename(versionable.version_model_proxy, f"{content} version", f"{content} versions")


def rename(model, singular, plural):
    model._meta.verbose_name, model._meta.verbose_name_plural = singular, plural
