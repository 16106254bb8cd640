"""rich_text/templatetags/rich_text.py and the text plugin's template that uses it."""

from django.template import engines
from django.template.loader import render_to_string


def test_the_text_plugins_template_cleans_what_it_shows():
    """djangocms-text's own template shows the body as stored ({{ body|safe }})."""
    stored = '<p style="color:red"><a href=" javascript:alert(1)">x</a><a href="/a/">a</a></p>'

    html = render_to_string("cms/plugins/text.html", {"body": stored})

    assert html == '<p><a>x</a><a href="/a/">a</a></p>'


def test_the_filter_takes_any_value():
    template = engines["django"].from_string("{% load rich_text %}[{{ body|sanitised_rich_text }}]")

    assert template.render({"body": None}) == "[]"
    assert template.render({}) == "[]"
    assert template.render({"body": "<b>bold</b>"}) == "[<b>bold</b>]"
