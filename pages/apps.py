from django.apps import AppConfig

GOVERNANCE_PLUGINS = ("GovernanceBodiesPlugin",)
INSPECTION_PLUGINS = ("OfstedInspectionsPlugin", "LatestOfstedJudgementPlugin")
PERFORMANCE_PLUGINS = ("PriorityThemesPlugin", "KpisPlugin")


class PagesConfig(AppConfig):
    """What CMS pages are made of: the department's records, their plugins, redirects, the seed."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = "Site records"

    # What readers see of this app's records, and which plugins render them
    # (site_cache keeps the pages fresh; search re-indexes the pages holding them).
    shown_on_pages = {
        "pages.GovernanceBody": GOVERNANCE_PLUGINS,
        "pages.BodyDuty": GOVERNANCE_PLUGINS,
        "pages.BodyRelationship": GOVERNANCE_PLUGINS,
        "pages.Inspection": INSPECTION_PLUGINS,
        "pages.InspectionJudgement": INSPECTION_PLUGINS,
        "pages.InspectionFinding": INSPECTION_PLUGINS,
        "pages.InspectionRecommendation": INSPECTION_PLUGINS,
        # an inspection links to its report in the publications
        "publications.PublicationContent": INSPECTION_PLUGINS,
        "pages.PriorityTheme": PERFORMANCE_PLUGINS,
        "pages.Kpi": PERFORMANCE_PLUGINS,
        # at the top of every page, from the layout
        "pages.AlertBanner": (),
    }

    def next_page_change(self, after):
        """When an alert banner next starts or ends: every page's banner area changes."""
        from pages.alerts.models import AlertBanner

        return AlertBanner.objects.next_change_after(after)

    def ready(self):
        from django.db.models.signals import post_migrate

        from pages.governance.models import connect_last_updated
        from pages.signals import forget_cached_content_type_ids

        post_migrate.connect(forget_cached_content_type_ids, dispatch_uid="pages.forget_ct_ids")
        connect_last_updated()
        self.archiving_is_a_publishers()
        self.connect_redirect_recording()

    def archiving_is_a_publishers(self):
        """djangocms-versioning lets anyone who may change a draft archive it: make it a
        Publisher's (pages/roles.py), for pages and publications alike."""
        from djangocms_versioning.models import Version

        from pages.roles import archive_needs_publisher

        if archive_needs_publisher not in Version.check_archive:
            Version.check_archive.append(archive_needs_publisher)  # in place: the transition's too

    def connect_redirect_recording(self):
        """Remember each address a page has had, so old links keep working (pages/redirects/)."""
        from cms.models import Page, PageContent
        from cms.signals import post_obj_operation
        from django.db.models.signals import pre_delete
        from djangocms_versioning.signals import post_version_operation

        from pages.redirects import recording

        post_version_operation.connect(
            recording.version_operation_done, sender=PageContent, dispatch_uid="pages.redirects"
        )
        post_obj_operation.connect(recording.page_operation_done, dispatch_uid="pages.redirects")
        pre_delete.connect(recording.page_deleting, sender=Page, dispatch_uid="pages.redirects")
