"""The words the index holds are plain text."""

from search.text import plain_text


def test_indexed_text_is_plain():
    assert plain_text("<p>One</p><p>Two&nbsp;&amp; <b>three</b></p><script>x()</script>") == (
        "One Two & three"
    )


def test_a_word_break_opportunity_does_not_split_a_word():
    """The contact page lets an email address break after its "@" on a narrow screen."""
    assert plain_text("<p>email children.duty@<wbr>cityoflondon.gov.uk</p>") == (
        "email children.duty@cityoflondon.gov.uk"
    )
