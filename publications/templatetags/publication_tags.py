from django import template
from django.utils.html import format_html

from publications.formatting import format_file_size, format_page_count
from publications.stand_ins import accessible_format_mailto, stand_in_label_html

register = template.Library()
register.filter("file_size", format_file_size)
register.filter("page_count", format_page_count)
register.simple_tag(accessible_format_mailto)


@register.filter
def pdf_facts(stored):
    """A publication's or an earlier file's facts as readers see them, in one piece (no
    template's line end can slip in before a closing bracket): "PDF, 2.1 KB, 3 pages".

    A stand-in's pages are not the document's: its facts are its type and size alone."""
    if getattr(stored, "stand_in", False):
        return format_html(
            '<abbr title="Portable Document Format">PDF</abbr>, {}',
            format_file_size(stored.file_size),
        )
    return format_html(
        '<abbr title="Portable Document Format">PDF</abbr>, {}, {}',
        format_file_size(stored.file_size),
        format_page_count(stored.page_count),
    )


@register.simple_tag
def stand_in_label(publication, email=None):
    """What readers are told beside a stand-in PDF (publications/stand_ins.py); nothing for
    the published document itself."""
    return stand_in_label_html(publication, email) if publication.stand_in else ""
