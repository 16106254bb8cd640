from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    """Review requests: an Editor says a draft is ready, a Publisher publishes it or sends it back.

    Built on djangocms-versioning, for anything it versions (pages, publications):
    a request points at a draft ``Version``. The toolbar (reviews/cms_toolbars.py)
    and the versioned admin change form offer "Ready for review" to those who may
    change a draft but not publish it. A Publisher may instead schedule a draft to go
    live, and a live version to be withdrawn, at a given minute (reviews/schedules.py).
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "reviews"
    verbose_name = "Reviews and schedules"

    # A schedule made, moved or cancelled changes when pages next change by themselves.
    shown_on_pages = {"reviews.ScheduledChange": ()}

    def next_page_change(self, after):
        """When the next scheduled publish or withdrawal is due (reviews/schedules.py)."""
        from reviews.schedules import next_change

        return next_change(after)

    def make_due_changes(self, now):
        from reviews.schedules import make_due_changes

        make_due_changes(now)

    def ready(self):
        from djangocms_versioning.signals import post_version_operation

        from reviews.models import version_operation_done

        post_version_operation.connect(version_operation_done, dispatch_uid="reviews.version")
