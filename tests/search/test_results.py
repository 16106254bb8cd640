"""Results as shown: escaped text with <mark>ed matches, snippets cut around them."""

from search.results import excerpt, highlighted, marked


def test_highlighting_escapes_everything_but_the_marks():
    html = highlighted("<b>Plan</b> & plans", ["plan"])

    assert html == "&lt;b&gt;<mark>Plan</mark>&lt;/b&gt; &amp; <mark>plan</mark>s"
    assert marked("a <i> \ue000plan\ue001") == "a &lt;i&gt; <mark>plan</mark>"


def test_the_snippet_is_cut_around_the_first_match():
    text = " ".join(f"word{n}" for n in range(200)) + " needle " + "tail " * 100

    snippet = excerpt(text, ["needle"])

    assert "needle" in snippet and snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) <= 250
    assert excerpt("short text", ["absent"]) == "short text"
