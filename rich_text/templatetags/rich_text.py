"""``{{ body|sanitised_rich_text }}``: rich text as it may be shown, whatever was stored.

For templates that show stored rich text (the text plugin's, templates/cms/plugins/text.html)::

    {% load rich_text %}{{ body|sanitised_rich_text }}
"""

from django import template
from django.utils.safestring import mark_safe

from rich_text.policy import sanitised

register = template.Library()


@register.filter
def sanitised_rich_text(html) -> str:
    return mark_safe(sanitised(str(html or "")))  # noqa: S308 (sanitised just now)
