"""A Text plugin's body, saved: djangocms-text has cleaned it with its own cleaner (narrowed by
``policy.narrow_the_library_cleaner``); the site's address rule is applied here as well, so
what is stored is what will be shown (a relative "page/" link would otherwise be kept, then
lose its address on the page)."""

from rich_text.policy import sanitised


def sanitise_text_body(sender, instance, **kwargs):
    if instance.body:
        instance.body = sanitised(instance.body)
