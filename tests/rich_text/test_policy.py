"""rich_text/policy.py: which addresses and attributes rich text keeps, and djangocms-text's
own cleaner narrowed to match."""

import pytest
from djangocms_text.fields import HTMLField
from djangocms_text.html import clean_html
from djangocms_text.widgets import TextEditorWidget

from rich_text.policy import LINK_SCHEMES, is_allowed_address, sanitised
from tests.security.corpus import HOSTILE_URLS
from tests.security.test_stored_xss_pages import STYLE_BUTTONS

ALLOWED = [
    "https://www.cityoflondon.gov.uk/",
    "HTTP://example.gov.uk",
    "mailto:dccs@example.gov.uk",
    "tel:+442073323621",
    "/contact/",
    "/publications/?kind=strategy",
    "#contact-the-team",
    "  /about/  ",
]
REFUSED = [
    *HOSTILE_URLS,
    "data:image/svg+xml;base64,PHN2Zz4=",
    "ftp://files.example.gov.uk/",
    "file:///etc/passwd",
    "page/",
    "?q=x",
    "//elsewhere.example/",
    "/\\elsewhere.example/",
    "\\\\elsewhere.example\\",
    "",
    "\x01javascript:alert(1)",
]


@pytest.mark.parametrize("address", ALLOWED)
def test_web_mail_and_phone_addresses_and_this_sites_paths_are_allowed(address):
    assert is_allowed_address(address)


@pytest.mark.parametrize("address", REFUSED)
def test_every_other_address_is_refused(address):
    assert not is_allowed_address(address)


def test_sanitised_keeps_what_the_editor_writes():
    body = (
        '<h2 class="govuk-heading-m">Heading</h2>'
        '<p><a href="/about/" data-cms-href="cms.page:3" target="_blank">About</a></p>'
        '<cms-plugin alt="Link" title="Link" id="12"></cms-plugin>'
        "<table><tbody><tr><th>A</th><td>1</td></tr></tbody></table>"
        "<ul><li><strong>one</strong></li></ul>"
    )

    assert sanitised(body) == body


def test_sanitised_drops_style_script_and_disallowed_addresses():
    cleaned = sanitised(
        '<p style="color:red" onclick="alert(1)">Words</p><script>alert(1)</script>'
        '<a href="page/">relative</a><a href="vbscript:msgbox(1)">vb</a>'
        '<img src="data:image/png;base64,AAAA" alt="a picture">'
    )

    assert cleaned == '<p>Words</p><a>relative</a><a>vb</a><img alt="a picture">'


def test_djangocms_texts_own_cleaner_keeps_no_style_and_only_the_sites_schemes():
    """What a Text plugin or an HTMLField (a publication's HTML version) keeps on saving."""
    assert clean_html('<p style="text-align:center" class="lead">x</p>') == '<p class="lead">x</p>'
    assert clean_html('<a href="ftp://example.gov.uk/">x</a>') == "<a>x</a>"
    assert clean_html('<a href="sms:999">x</a>') == "<a>x</a>"
    for scheme in LINK_SCHEMES:
        assert clean_html(f'<a href="{scheme}:x">x</a>') == f'<a href="{scheme}:x">x</a>'
    field = HTMLField()
    assert field.get_prep_value('<span style="color:red">x</span>') == "<span>x</span>"


def test_rich_text_fields_offer_no_button_that_writes_style():
    """The toolbar of an HTMLField's editor (a publication's HTML version); a text plugin's
    is checked on its form: tests/security/test_stored_xss_pages.py."""
    toolbar = TextEditorWidget().get_editor_settings("en")["options"]["toolbar"]

    offered = {item for group in toolbar for item in group if item != "-"}
    assert offered.isdisjoint(STYLE_BUTTONS), offered & STYLE_BUTTONS
    assert {"Bold", "Link", "Format"} <= offered
