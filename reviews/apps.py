from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    """Review requests: an Editor says a draft is ready, a Publisher publishes it or sends it back.

    Built on djangocms-versioning, for anything it versions (pages, publications):
    a request points at a draft ``Version``. The toolbar (reviews/cms_toolbars.py)
    and the versioned admin change form offer "Ready for review" to those who may
    change a draft but not publish it.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "reviews"
    verbose_name = "Reviews"

    def ready(self):
        from djangocms_versioning.signals import post_version_operation

        from reviews.models import version_operation_done

        post_version_operation.connect(version_operation_done, dispatch_uid="reviews.version")
