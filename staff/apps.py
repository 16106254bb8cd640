from django.apps import AppConfig


class StaffConfig(AppConfig):
    """Staff accounts: a Site administrator adds them, gives each a role, deactivates them and
    unlocks one the sign-in throttle locked; passwords are set and reset by email."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "staff"
    verbose_name = "Staff accounts"
