from django import template

from publications.formatting import format_file_size, format_page_count

register = template.Library()
register.filter("file_size", format_file_size)
register.filter("page_count", format_page_count)
