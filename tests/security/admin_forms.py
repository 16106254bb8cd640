"""Fill in an admin form as a browser would: what the page offers, with some fields changed.

Tests post hostile words through the same forms editors use, so whatever the
forms refuse (a javascript: address, a slug with markup) is refused here too.
"""

import re
from html.parser import HTMLParser

from tests.security.markup import read

SKIPPED_INPUT_TYPES = {"submit", "button", "image", "reset", "file"}


class _FormReader(HTMLParser):
    """The successful controls of one <form>, by its id, as a browser would submit them."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.values: dict[str, list[str]] = {}
        self._select = None  # (name, multiple, [options], [selected])
        self._option = None  # [value or None, text]
        self._textarea = None  # [name, text]

    def add(self, name, value):
        if name and "__prefix__" not in name:
            self.values.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.in_form = attributes.get("id") == self.form_id
            return
        if not self.in_form or "disabled" in attributes:
            return
        name = attributes.get("name")
        if tag == "input":
            kind = (attributes.get("type") or "text").lower()
            if kind in SKIPPED_INPUT_TYPES:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in attributes:
                    self.add(name, attributes.get("value") or "on")
                return
            self.add(name, attributes.get("value") or "")
        elif tag == "select":
            self._select = (name, "multiple" in attributes, [], [])
        elif tag == "option" and self._select:
            self._option = [attributes.get("value"), ""]
            if "selected" in attributes:
                self._select[3].append(self._option)
            self._select[2].append(self._option)
        elif tag == "textarea":
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._option is not None:
            self._option[1] += data
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "option":
            self._option = None
        elif tag == "textarea" and self._textarea:
            name, text = self._textarea
            # A browser drops the newline that follows <textarea>.
            self.add(name, text[1:] if text.startswith("\n") else text)
            self._textarea = None
        elif tag == "select" and self._select:
            name, multiple, options, selected = self._select
            chosen = selected or ([] if multiple or not options else options[:1])
            for value, text in chosen:
                self.add(name, value if value is not None else text.strip())
            self._select = None


def form_values(html: str, form_id: str) -> dict[str, list[str]]:
    reader = _FormReader(form_id)
    reader.feed(html)
    reader.close()
    return reader.values


def current_values(client, url: str) -> dict:
    """What the admin's change form at ``url`` would send if submitted as it is."""
    page = client.get(url)
    assert page.status_code == 200, f"{url}: {page.status_code}"
    html = page.content.decode()
    form_id = re.search(r'<form[^>]*\sid="(\w+_form)"', html)[1]  # <form id="publication_form">
    return {
        name: values if len(values) > 1 else values[0]
        for name, values in form_values(html, form_id).items()
    }


def submit(client, url: str, changes: dict):
    """GET the admin form at ``url``, change some fields, POST it back; returns the response.

    A value of None removes the field (an unticked checkbox). Values may be
    lists (a multiple select) or uploaded files.
    """
    data = current_values(client, url)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return client.post(url, data)


def errors_in(response) -> str:
    """The admin's error messages on a re-shown form, for an assertion's message."""
    text = " ".join(part.strip() for part in read(response.content.decode()).text if part.strip())
    marker = "Please correct"
    return text[text.find(marker) :][:1500] if marker in text else text[:1500]
