"""Read rendered HTML the way a browser would, and say what in it could run script.

``unsafe_markup(html)`` lists every place where a payload from
tests/security/corpus.py survived as markup: a ``<script>`` that would run,
an event-handler attribute, a ``javascript:`` address. Escaped payloads are
text, so they are not reported; ``shows(html, value)`` finds them as text,
to prove the payload really was on the page (a test that never rendered it
would pass for the wrong reason).
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Attributes a browser follows as an address.
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "ping",
}
# Browsers drop these from an address before reading its scheme.
IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f]+")
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
# <script> elements with these types are data, never run.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json", "text/template", "text/x-template"}
# What every payload in the corpus calls when it runs.
PAYLOAD_CALL = re.compile(r"alert\s*\(|msgbox\s*\(", re.IGNORECASE)


def is_dangerous_url(value: str) -> bool:
    return IGNORED_IN_URLS.sub("", value).lower().startswith(DANGEROUS_SCHEMES)


@dataclass
class Reading:
    problems: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    attribute_values: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.reading = Reading()
        self._running_script = False

    def handle_starttag(self, tag, attrs):
        problems = self.reading.problems
        for name, value in attrs:
            value = value or ""
            self.reading.attribute_values.append(value)
            # The CMS admin has inline handlers of its own; a payload's handler calls alert().
            if name.startswith("on") and PAYLOAD_CALL.search(value):
                problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and is_dangerous_url(value):
                problems.append(f"<{tag} {name}={value!r}>")
            if name == "srcdoc" and value:
                problems.append(f"<{tag} srcdoc={value!r}>")
        if tag == "script":
            kind = (dict(attrs).get("type") or "").strip().lower()
            self._running_script = kind not in DATA_SCRIPT_TYPES

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "script":
            self._running_script = False

    def handle_data(self, data):
        if self._running_script:
            if PAYLOAD_CALL.search(data):
                self.reading.problems.append(f"<script>{data.strip()[:80]}</script>")
        else:
            self.reading.text.append(data)


def read(html: str) -> Reading:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.reading


def unsafe_markup(html: str) -> list[str]:
    """Every payload that survived as something a browser would run; [] when it is safe."""
    problems = read(html).problems
    if "<script>alert(1)" in html:
        problems.append("the raw text <script>alert(1)")
    return problems


def shows(html: str, value: str) -> bool:
    """True if ``value`` is on the page as text or as a form field's value (escaped, so inert)."""
    reading = read(html)
    return value in "".join(reading.text) or value in reading.attribute_values


def assert_safe(response, *, where: str = ""):
    """The response is HTML in which no payload survived as markup."""
    assert response.status_code == 200, f"{where}: {response.status_code}"
    html = response.content.decode()
    problems = unsafe_markup(html)
    assert not problems, f"{where or response.request['PATH_INFO']} runs script: {problems}"
    return html
