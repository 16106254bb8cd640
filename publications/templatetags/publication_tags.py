from django import template
from django.utils.html import format_html

from publications.formatting import format_file_size, format_page_count

register = template.Library()
register.filter("file_size", format_file_size)
register.filter("page_count", format_page_count)


@register.filter
def pdf_facts(stored):
    """A publication's or an earlier file's facts as readers see them, in one piece (no
    template's line end can slip in before a closing bracket): "PDF, 2.1 KB, 3 pages"."""
    return format_html(
        '<abbr title="Portable Document Format">PDF</abbr>, {}, {}',
        format_file_size(stored.file_size),
        format_page_count(stored.page_count),
    )
