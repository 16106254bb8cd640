"""The words the index holds are plain text."""

from search.text import plain_text


def test_indexed_text_is_plain():
    assert plain_text("<p>One</p><p>Two&nbsp;&amp; <b>three</b></p><script>x()</script>") == (
        "One Two & three"
    )
