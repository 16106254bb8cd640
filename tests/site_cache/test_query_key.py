"""A key that means what the view reads (site_cache/query_key.py, through the fast path).

The same findings are checked on a live gunicorn in tests/ops/test_two_instances.py.
"""

import secrets
from types import SimpleNamespace

import pytest
from cms.views import details
from django.conf import settings
from django.test import Client

from site_cache import generation
from site_cache.query_key import AskedFor, parameters_declared, query_pairs


def asked(query: str) -> AskedFor:
    return AskedFor("https", "www.example.gov.uk", "/contact/now.json", query_pairs(query))


# The key itself: no database.


def test_repeated_parameters_keep_their_order_in_the_key():
    reads = frozenset({"at"})
    first = asked("at=2026-12-25T10:00:00Z&at=2026-12-29T10:00:00Z").key(reads)
    swapped = asked("at=2026-12-29T10:00:00Z&at=2026-12-25T10:00:00Z").key(reads)

    assert first != swapped


def test_different_names_in_another_order_are_one_key():
    reads = frozenset({"q", "kind"})

    assert asked("q=plan&kind=report").key(reads) == asked("kind=report&q=plan").key(reads)
    assert asked("q=a+b").key(reads) == asked("q=a%20b").key(reads)


def test_parameters_the_view_does_not_read_are_not_in_the_key():
    reads = frozenset({"q"})

    assert asked("q=ofsted&utm_campaign=x&gclid=y").key(reads) == asked("q=ofsted").key(reads)
    assert asked("x=1").key(frozenset()) == asked("").key(None)


def test_a_query_string_on_a_path_not_learnt_yet_has_no_key_until_its_view_answers():
    assert asked("q=ofsted").key(None) is None
    assert asked("").key(None) is not None
    assert asked("q=ofsted").all_read_by(frozenset({"q", "page"}))
    assert not asked("q=ofsted&utm_source=x").all_read_by(frozenset({"q", "page"}))
    assert not asked("q=ofsted").all_read_by(None)


def test_what_a_view_declares_and_what_a_cms_page_reads():
    declared = SimpleNamespace(query_parameters=("q", "page"))
    cms_page = SimpleNamespace(resolver_match=SimpleNamespace(func=details))
    other = SimpleNamespace(resolver_match=SimpleNamespace(func=print))

    assert parameters_declared(other, declared) == {"q", "page"}
    assert parameters_declared(cms_page, object()) == frozenset()  # a page without an apphook
    assert parameters_declared(other, object()) is None  # says nothing: never keyed on a query


# Through the fast path, in this process.


@pytest.fixture
def reader():
    return Client()


@pytest.mark.django_db
def test_query_strings_bypassing_the_cache_get_the_kept_page(reader):
    reader.get("/governance/")

    answers = [reader.get(f"/governance/?x={secrets.token_hex(4)}") for _ in range(3)]

    assert [answer["X-Page-Cache"] for answer in answers] == ["hit", "hit", "hit"]


@pytest.mark.django_db
def test_a_query_string_on_a_page_not_learnt_yet_is_rendered_but_not_kept(reader):
    first = reader.get("/governance/?x=1")  # nothing learnt of /governance/ yet
    second = reader.get("/governance/?x=2")  # learnt: reads nothing; x is left out

    assert first.status_code == 200 and "X-Page-Cache" not in first
    assert first["Cache-Control"].endswith("s-maxage=0")  # nor by nginx: it was x's render
    assert second["X-Page-Cache"] == "miss"
    assert reader.get("/governance/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_tracking_parameters_never_reach_the_links_of_a_kept_page(reader):
    tracked = "/publications/?kind=strategy&utm_campaign=attacker-chosen&gclid=zzz"
    reader.get(tracked)  # the sender's own answer, not kept: what the list reads is learnt
    kept = reader.get(tracked)
    later = reader.get("/publications/?kind=strategy")

    assert (kept["X-Page-Cache"], later["X-Page-Cache"]) == ("miss", "hit")
    assert "export.csv?kind=strategy" in later.text  # the export links keep the filter...
    for answer in (kept, later):
        assert "attacker-chosen" not in answer.text and "gclid" not in answer.text  # ...only


@pytest.mark.django_db
def test_repeated_query_parameters_are_answered_for_what_was_asked(reader):
    christmas, after = "2026-12-25T10:00:00Z", "2026-12-29T10:00:00Z"

    first = reader.get(f"/contact/now.json?at={christmas}&at={after}")
    swapped = reader.get(f"/contact/now.json?at={after}&at={christmas}")
    again = reader.get(f"/contact/now.json?at={after}&at={christmas}")

    assert first.json()["at"] != swapped.json()["at"]
    assert swapped.json()["at"].startswith("2026-12-25")  # Django reads the last value
    assert again["X-Page-Cache"] == "hit" and again.json() == swapped.json()


@pytest.mark.django_db
def test_repeated_search_words_are_answered_for_what_was_asked(reader):
    reader.get("/search/?q=ofsted&q=zzzz")

    swapped = reader.get("/search/?q=zzzz&q=ofsted")

    assert swapped["X-Page-Cache"] == "miss"
    assert 'value="ofsted"' in swapped.text


@pytest.mark.django_db
def test_a_script_name_header_never_makes_a_page_answer_for_another_address(reader):
    probe = secrets.token_hex(4)
    # gunicorn, believing "SCRIPT_NAME: /about", hands Django "/" under the prefix /about.
    sent = reader.get("/", {"probe": probe}, SCRIPT_NAME="/about")
    readers = reader.get("/about/", {"probe": probe})
    signed_in_client = Client(HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=x")
    signed_in = signed_in_client.get("/about/", {"probe": probe})

    assert sent.status_code == 200 and "X-Page-Cache" not in sent
    home = reader.get("/").text
    for answer in (sent, readers, signed_in):  # nor from django CMS's own page cache
        assert answer.text != home
        assert "<title>About" in answer.text


@pytest.mark.django_db
def test_what_a_path_reads_is_learnt_again_after_a_change(reader):
    reader.get("/publications/")
    assert reader.get("/publications/?kind=report&x=1")["X-Page-Cache"] == "miss"

    generation.state().bump_host()  # a publish: perhaps the list's page moved
    first = reader.get("/publications/?kind=report&x=1")

    assert "X-Page-Cache" not in first  # nothing known of the path any more: not kept
