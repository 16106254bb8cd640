"""How file facts read to people ("PDF, 1.2 MB, 24 pages"), and the absolute addresses
the exports and the feed give."""

from django.conf import settings

UNITS = ("KB", "MB", "GB", "TB")


def format_file_size(size: int) -> str:
    """A byte count as people expect it: "1,023 bytes", "1 KB", "1.2 MB", "2.5 GB".

    Units are powers of 1,024 (as file managers show them), with at most one
    decimal place and no trailing ".0".
    """
    if size < 1024:
        return "1 byte" if size == 1 else f"{size:,} bytes"
    value = float(size)
    for unit in UNITS:
        value /= 1024
        if round(value, 1) < 1024 or unit == UNITS[-1]:
            rounded = round(value, 1)
            number = f"{rounded:,.0f}" if rounded == int(rounded) else f"{rounded:,.1f}"
            return f"{number} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def format_page_count(pages: int) -> str:
    return "1 page" if pages == 1 else f"{pages:,} pages"


def canonical_address(path: str) -> str:
    """``path`` on the site's one canonical origin (``SITE_URL``), never the Host a request
    sent: the exports and the feed are read outside the site."""
    return f"{settings.SITE_URL.rstrip('/')}{path}"
