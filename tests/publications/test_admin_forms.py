"""publications/admin_forms.py: the publication form says before saving what it needs, and its
file input asks for a PDF."""

import re
from html import unescape

import pytest

from tests.publications.conftest import ADD_URL


@pytest.mark.django_db
def test_the_add_form_hints_at_the_year_or_date_rule_and_what_a_new_slug_does(client, publisher):
    client.force_login(publisher)

    html = unescape(client.get(ADD_URL).content.decode())

    hint = r'<div class="help" id="id_(\w+)_helptext">\s*<div>([^<]+)</div>'
    hints = dict(re.findall(hint, html))
    assert hints["document_year"].startswith("Needed only if you give no date of the document")
    assert "Give this or the year of the document" in hints["document_date"]
    assert "the old address redirects to the new one" in hints["slug"]
    file_input = re.search(r'<input type="file"[^>]*>', html).group(0)
    assert 'accept="application/pdf,.pdf"' in file_input and "required" in file_input
