"""Hostile input, in one place, for every test that feeds it to the site.

Each entry is something a careless or malicious person with an editor's
account (or anyone, in a query string or a file name) could type. The tests in
tests/security/ put them everywhere they can go and check what comes back.
Add to these lists when a new trick turns up: every test that uses them grows.
"""

# Markup that runs script if it reaches a page unescaped.
SCRIPT_TAG = '"><script>alert(1)</script>'
IMG_ONERROR = "<img src=x onerror=alert(1)>"
SVG_ONLOAD = "<svg onload=alert(1)>"
JAVASCRIPT_URL = "javascript:alert(1)"

XSS_PAYLOADS = (SCRIPT_TAG, IMG_ONERROR, SVG_ONLOAD, JAVASCRIPT_URL)
PAYLOAD_IDS = ("script-tag", "img-onerror", "svg-onload", "javascript-url")
# The ones that are markup (a javascript: URL is harmless as text; it matters in a link).
MARKUP_PAYLOADS = (SCRIPT_TAG, IMG_ONERROR, SVG_ONLOAD)
# All of them in one string, for fields long enough to take it.
ALL_PAYLOADS = " ".join(XSS_PAYLOADS)

# Rich text (text plugins, a publication's HTML version): what a sanitiser must strip.
HOSTILE_RICH_TEXT = (
    f"<p>{SCRIPT_TAG}</p>"
    f"<p>{IMG_ONERROR}</p>"
    f"<p>{SVG_ONLOAD}</p>"
    f'<p><a href="{JAVASCRIPT_URL}">a javascript: link</a></p>'
    '<p><a href=" JaVaScRiPt:alert(1)">a disguised javascript: link</a></p>'
    '<p><a href="java&#x09;script:alert(1)">an entity-split javascript: link</a></p>'
    '<p><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe></p>'
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">clickable</p>'
    "<p>Ordinary words survive.</p>"
)
RICH_TEXT_SURVIVOR = "Ordinary words survive."

# Addresses a link field must refuse (or never render as an href).
HOSTILE_URLS = (
    JAVASCRIPT_URL,
    " javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "javascript://example.com/%0Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
)

# File names an upload may arrive with. None may become a path, a header or markup.
HOSTILE_FILENAMES = {
    "parent-directory": "../../../manage.py.pdf",
    "windows-parent-directory": "..\\..\\settings.pdf",
    "nul": "report\x00.exe.pdf",
    "right-to-left-override": "annual-report-\u202efdp.exe",
    "html": "<img src=x onerror=alert(1)>.pdf",
    "script": '"><script>alert(1)</script>.pdf',
    "header-injection": "report.pdf\r\nSet-Cookie: hacked=1",
    "quote": 'a"b;filename=evil.exe.pdf',
    "very-long": "A" * 300 + ".pdf",
}

# Query-string values for the fuzzers, beyond what Hypothesis makes up.
HOSTILE_QUERY_VALUES = (
    "\x00",
    "a\x00b",
    "\ud800",  # a lone surrogate: not encodable as UTF-8
    "\udfff\ud800",
    "x" * 10_000,
    "9" * 5_000,
    str(2**63),
    str(-(2**63)),
    "-1",
    "0",
    "1e308",
    "NaN",
    "%",
    "%%",
    "%00",
    "../../etc/passwd",
    *XSS_PAYLOADS,
)
