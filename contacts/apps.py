from django.apps import AppConfig

CONTACT_CARD = ("ContactCardPlugin",)


class ContactsConfig(AppConfig):
    """Contact lines, opening hours, closures and bank holidays: which line applies now."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "contacts"
    verbose_name = "Contacts"

    # What readers see of this app, and the plugin that renders it (site_cache keeps
    # pages fresh, the search index re-reads them); the numbers are in every footer too.
    shown_on_pages = {
        "contacts.ContactLine": CONTACT_CARD,
        "contacts.OpeningHours": CONTACT_CARD,
        "contacts.Closure": CONTACT_CARD,
        "contacts.BankHolidayException": CONTACT_CARD,
    }

    def health_problem(self) -> str | None:
        """Why a resident could not be told which number to call now, if they could not."""
        from contacts.health import contact_data_problem

        return contact_data_problem()
