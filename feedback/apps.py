from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    """ "Is this page useful?": the form at the foot of every page, the answers, their retention."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "feedback"
    verbose_name = "Feedback"
