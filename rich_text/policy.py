"""The rule for rich text's links and attributes (see the package's docstring)."""

from __future__ import annotations

import re
from functools import cache

import nh3
from djangocms_text import html as djangocms_text_html

# The only schemes a link or an image in rich text may have.
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Attributes a browser follows as an address.
ADDRESS_ATTRIBUTES = frozenset(
    {"href", "src", "cite", "longdesc", "action", "formaction", "poster", "background", "data"}
)
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# Browsers drop tabs and newlines anywhere in an address, and spaces and control
# characters at either end, before they read its scheme.
DROPPED_ANYWHERE = re.compile(r"[\t\n\r]")
DROPPED_AT_THE_ENDS = "".join(chr(code) for code in range(0x21))


def is_allowed_address(value: str) -> bool:
    """True for an http, https, mailto or tel address, a path on this site or a place on the page.

    >>> [is_allowed_address(a) for a in ("https://www.gov.uk/", "/about/", "#top", "tel:999")]
    [True, True, True, True]
    >>> [is_allowed_address(a) for a in (" JaVaScRiPt:alert(1)", "data:text/html,x", "page/")]
    [False, False, False]
    >>> is_allowed_address("//elsewhere.example/")  # another site, whatever the scheme
    False
    """
    address = DROPPED_ANYWHERE.sub("", value).strip(DROPPED_AT_THE_ENDS)
    if address.startswith("#"):
        return True
    if address.startswith("/"):
        # "//host" and "/\host" lead to another site ("\" is "/" to a browser here).
        return not address.startswith(("//", "/\\"))
    scheme = SCHEME.match(address)
    return bool(scheme) and scheme.group(1).lower() in LINK_SCHEMES


def keep_allowed_addresses(element: str, attribute: str, value: str) -> str | None:
    """nh3's attribute filter: an address attribute that is not allowed is removed."""
    if attribute in ADDRESS_ATTRIBUTES and not is_allowed_address(value):
        return None
    return value


def narrow_the_library_cleaner() -> None:
    """Take ``style`` and every scheme but ``LINK_SCHEMES`` out of djangocms-text's cleaner.

    djangocms-text cleans every Text plugin and HTMLField it saves with one shared
    ``cms_parser``, and adds ``style`` to the attributes every element may have;
    its settings (TEXT_ADDITIONAL_ATTRIBUTES, TEXT_ADDITIONAL_PROTOCOLS) can only add
    to that policy, so the shared parser is narrowed here, once, when the site starts.
    """
    parser = djangocms_text_html.cms_parser
    for attributes in parser.ALLOWED_ATTRIBUTES.values():
        attributes.discard("style")
    # the defaults a new parser would start from, and what contrib packages add to
    djangocms_text_html.cms_additional_attributes.get("*", set()).discard("style")
    parser.ALLOWED_URL_SCHEMES = set(LINK_SCHEMES)
    _cleaner.cache_clear()


@cache
def _cleaner() -> nh3.Cleaner:
    policy = djangocms_text_html.cms_parser()
    return nh3.Cleaner(**policy, attribute_filter=keep_allowed_addresses)


def sanitised(html: str) -> str:
    """``html`` with only what rich text may hold on this site (djangocms-text's tags and
    attributes, no ``style``, only allowed addresses). The result is not marked safe."""
    return _cleaner().clean(html)
