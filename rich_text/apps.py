from django.apps import AppConfig
from django.db.models.signals import pre_save


class RichTextConfig(AppConfig):
    name = "rich_text"
    verbose_name = "Rich text"

    def ready(self):
        from djangocms_text.models import Text

        from rich_text.policy import narrow_the_library_cleaner
        from rich_text.signals import sanitise_text_body

        narrow_the_library_cleaner()
        pre_save.connect(sanitise_text_body, sender=Text, dispatch_uid="rich_text.text_body")
