"""What was searched for: queries are cleaned, never refused (search/forms.py)."""

from search.forms import clean_query, search_words


def test_queries_are_cleaned_not_refused():
    assert clean_query("  early\x00 help\n\t") == "early help"
    assert clean_query("plan\ud800") == "plan"
    assert clean_query("plan\ue000x\ue001") == "plan x"
    assert len(clean_query("a" * 10_000)) == 200


def test_words_are_the_letters_and_digits_of_the_query():
    assert search_words('"Early Help" & (plan | !strategy):* 2023-26 help') == [
        "early",
        "help",
        "plan",
        "strategy",
        "2023",
        "26",
    ]
    assert search_words("&|!():*") == []
