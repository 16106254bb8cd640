from django.apps import AppConfig


class ContactsConfig(AppConfig):
    """Contact lines, opening hours, closures and bank holidays: which line applies now."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "contacts"
    verbose_name = "Contacts"

    def ready(self):
        from contacts import signals

        signals.connect()
