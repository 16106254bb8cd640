"""Site search (/search/?q=): published pages and publications, ranked and highlighted."""

import io
import itertools
from urllib.parse import quote

import pytest
from cms.api import add_plugin, create_page
from cms.models import PageContent
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from djangocms_versioning.models import Version

from pages.models import GovernanceBody, SearchEntry
from pages.search import clean_query, excerpt, highlighted, marked, search_words
from pages.search_index import rebuild_index
from pages.search_text import plain_text
from pages.seed.content import SEED_PAGES
from publications.models import Publication
from tests.pages.test_roles import make_draft_with_sentence, published_version

ON_POSTGRESQL = connection.vendor == "postgresql"
_numbers = itertools.count(1)


def new_page(title, text, user, publish=True):
    """A real CMS page with one text plugin, published through djangocms-versioning."""
    page = create_page(title, "cms/page.html", "en", created_by=user, in_navigation=False)
    content = PageContent.admin_manager.get(page=page, language="en")
    content.rescan_placeholders()
    placeholder = content.get_placeholders().get(slot="content")
    add_plugin(placeholder, "TextPlugin", "en", body=f"<p>{text}</p>")
    if publish:
        Version.objects.get_for_content(content).publish(user)
    return page


def bulk_publications(count, title="Generated report", summary="A generated summary.", **fields):
    """Publications written straight to the database, then indexed as a rebuild would."""
    start = next(_numbers) * 10_000
    Publication.objects.bulk_create(
        Publication(
            title=f"{title} {start + n}",
            slug=f"generated-{start + n}",
            kind="report",
            summary=summary,
            body=f"<p>Body of generated document number {start + n}.</p>",
            file="publications/generated.pdf",
            document_year=2024,
            is_published=True,
            **fields,
        )
        for n in range(count)
    )
    rebuild_index()


def search(client, q, **params):
    return client.get("/search/", {"q": q, **params})


def result_urls(response):
    return [result.url for result in response.context["results"]]


# Cleaning, highlighting and cutting snippets: pure functions.


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


def test_indexed_text_is_plain():
    assert plain_text("<p>One</p><p>Two&nbsp;&amp; <b>three</b></p><script>x()</script>") == (
        "One Two & three"
    )


# The index follows what is published.


@pytest.mark.django_db
def test_every_seeded_page_and_publication_is_indexed(seeded_site):
    pages = SearchEntry.objects.filter(kind=SearchEntry.Kind.PAGE)
    assert pages.count() == len(SEED_PAGES)
    assert SearchEntry.objects.filter(kind="publication").count() == (
        Publication.objects.published().count()
    )
    assert rebuild_index() == {"added": 0, "changed": 0, "removed": 0}


@pytest.mark.django_db
def test_a_page_is_found_by_the_words_of_its_text_not_only_its_title(seeded_site, client):
    response = search(client, "Middlesex Street Estate")

    assert response.status_code == 200
    assert result_urls(response)[0] == "/about/"
    assert "<mark>Middlesex</mark>" in response.text


@pytest.mark.django_db
def test_records_shown_by_a_plugin_are_found_on_their_page(seeded_site, client):
    body = GovernanceBody.objects.for_page().first()
    body.name = "Quixotic Oversight Panel"
    body.save()

    assert "/governance/" in result_urls(search(client, "quixotic oversight"))


@pytest.mark.django_db
def test_drafts_never_appear_until_published(seeded_site, publisher, client):
    draft = make_draft_with_sentence(published_version("about"), publisher)
    page = new_page("Zephyr consultation", "Zephyr words", publisher, publish=False)

    assert result_urls(search(client, "exists only in the new version")) == []
    assert result_urls(search(client, "zephyr")) == []

    draft.publish(publisher)
    Version.objects.get_for_content(
        PageContent.admin_manager.get(page=page, language="en")
    ).publish(publisher)
    assert result_urls(search(client, "exists only in the new version")) == ["/about/"]
    assert result_urls(search(client, "zephyr")) == [page.get_absolute_url()]


@pytest.mark.django_db
def test_an_unpublished_page_disappears_from_results(seeded_site, publisher, client):
    page = new_page("Quokka survey", "Tell us about quokkas.", publisher)
    assert result_urls(search(client, "quokka")) == [page.get_absolute_url()]

    version = Version.objects.get_for_content(PageContent.objects.get(page=page, language="en"))
    version.unpublish(publisher)

    assert result_urls(search(client, "quokka")) == []
    assert not SearchEntry.objects.filter(kind="page", object_id=page.pk).exists()


@pytest.mark.django_db
def test_a_withdrawn_or_deleted_publication_disappears(seeded_site, client):
    publication = Publication.objects.published().get(title__startswith="Early Help Strategy")
    assert publication.get_absolute_url() in result_urls(search(client, "Early Help Strategy"))

    publication.is_published = False
    publication.save()
    assert publication.get_absolute_url() not in result_urls(search(client, "Early Help Strategy"))

    publication.is_published = True
    publication.save()
    assert publication.get_absolute_url() in result_urls(search(client, "Early Help Strategy"))
    publication.delete()
    assert not SearchEntry.objects.filter(kind="publication", object_id=publication.pk).exists()


@pytest.mark.django_db
def test_a_failure_to_index_never_stops_a_publish(seeded_site, publisher, client, monkeypatch):
    def broken(content):
        raise RuntimeError("indexing failed")

    monkeypatch.setattr("pages.search_index.page_entry", broken)
    page = new_page("Wombat notice", "About wombats.", publisher)

    assert client.get(page.get_absolute_url()).status_code == 200


# Ranking, at a scale.


@pytest.mark.django_db
def test_the_item_with_the_exact_title_comes_first(seeded_site, publisher, client):
    """Among 200 real pages and 300 publications that all share the same words."""
    bulk_publications(300, title="Family support plan", summary="A plan for family support.")
    pages = [
        new_page(f"Family support plan area {n}", "Our family support plan.", publisher)
        for n in range(200)
    ]
    publication = Publication.objects.filter(title__startswith="Family support plan")[123]
    page = pages[77]

    for query in (publication.title, f"“{publication.title}”", publication.title.upper()):
        assert result_urls(search(client, query))[0] == publication.get_absolute_url()
    for query in ("Family support plan area 77", "family SUPPORT plan area 77"):
        assert result_urls(search(client, query))[0] == page.get_absolute_url()


@pytest.mark.django_db
def test_a_word_in_the_title_ranks_above_the_same_word_in_the_body(seeded_site, publisher, client):
    in_body = new_page("Annual report", "Our ocelot programme and more.", publisher)
    in_title = new_page("Ocelot programme", "Details follow.", publisher)

    assert result_urls(search(client, "ocelot")) == [
        in_title.get_absolute_url(),
        in_body.get_absolute_url(),
    ]


@pytest.mark.django_db
def test_every_word_must_match(seeded_site, publisher, client):
    new_page("Heron walk", "A walk by the river.", publisher)
    new_page("Heron count", "Counting birds.", publisher)

    assert len(result_urls(search(client, "heron walk"))) == 1
    assert result_urls(search(client, "heron xylophone")) == []


@pytest.mark.skipif(not ON_POSTGRESQL, reason="stemming is PostgreSQL full-text search")
@pytest.mark.django_db
def test_postgresql_finds_other_forms_of_a_word(seeded_site, publisher, client):
    page = new_page("Gardening", "We are planting trees.", publisher)

    assert page.get_absolute_url() in result_urls(search(client, "plant"))


# The results page.


@pytest.mark.django_db
def test_results_are_counted_and_paginated(seeded_site, client):
    bulk_publications(45, title="Pelican report")

    first = search(client, "pelican")
    assert "45 results for ‘pelican’" in first.text
    assert "<title>Search results for ‘pelican’ –" in first.text
    assert len(first.context["results"]) == 20
    assert 'class="govuk-pagination"' in first.text
    assert 'href="?q=pelican&amp;page=2" rel="next"' in first.text

    third = search(client, "pelican", page=3)
    assert "<title>Search results for ‘pelican’ (page 3) –" in third.text
    assert len(third.context["results"]) == 5
    assert 'aria-current="page">3</a>' in third.text
    everything = set(result_urls(first) + result_urls(search(client, "pelican", page=2)))
    assert len(everything | set(result_urls(third))) == 45

    beyond = search(client, "pelican", page=99)
    assert beyond.status_code == 200 and beyond.context["page_obj"].number == 3


@pytest.mark.django_db
@pytest.mark.parametrize("page_number", ["x", "0", "-1", "1e3", "9" * 5000])
def test_a_nonsense_page_number_is_a_clear_400(seeded_site, client, page_number):
    response = search(client, "plan", page=page_number)

    assert response.status_code == 400
    assert "<title>Error: Search results for ‘plan’" in response.text
    assert "The page number must be" in response.text


@pytest.mark.django_db
def test_no_query_shows_the_form_and_no_results_says_so(seeded_site, client):
    empty = client.get("/search/")
    assert empty.status_code == 200
    assert "<title>Search –" in empty.text
    assert "result" not in empty.text.split('id="main-content"')[1].split("</main>")[0]

    none = search(client, "xylophonist")
    assert "0 results for ‘xylophonist’" in none.text
    assert "checking your spelling" in none.text


@pytest.mark.django_db
def test_highlighting_and_the_query_are_escaped(seeded_site, client):
    bulk_publications(
        1,
        title="<script>alert(1)</script> Otter plan",
        summary='Otters & "<img src=x onerror=alert(1)>"',
    )

    response = search(client, "otter")
    assert "<script>alert(1)" not in response.text
    assert "<img src=x" not in response.text
    result = response.context["results"][0]
    assert result.title.startswith("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Otter</mark>")
    assert "&amp; &quot;&lt;img src=x onerror=alert(1)&gt;&quot;" in result.snippet

    echoed = search(client, '<b>otter</b> "><script>').text
    assert "<b>otter" not in echoed and "&lt;b&gt;otter&lt;/b&gt;" in echoed
    assert '"><script>' not in echoed


HOSTILE = [
    "\x00",
    "plan\x00plan",
    "%00",
    "%ED%A0%80",  # a lone surrogate, as UTF-8
    "%FF%FE",
    "a" * 10_000,
    "plan " * 2_000,
    "&|!():*",
    "plan & | ! ( ) : * <-> <2>",
    "'",
    '"',
    '"unterminated phrase',
    "''''\"\"\"",
    "-",
    "or or or",
    "\\",
    "%_%",
    "%25_%25",
    "🙂 plan",
    "ﬁ ǅ İ ß",
]


@pytest.mark.django_db
@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_never_fail(seeded_site, client, hostile):
    raw = hostile if "%" in hostile and hostile != "%_%" else quote(hostile)
    response = client.get(f"/search/?q={raw}&page=1")

    assert response.status_code == 200
    assert "\x00" not in response.text


@pytest.mark.django_db
def test_only_get_and_head_are_allowed(seeded_site, client):
    assert client.head("/search/?q=plan").status_code == 200
    assert client.post("/search/", {"q": "plan"}).status_code == 405


@pytest.mark.django_db
def test_the_queries_of_a_search_do_not_grow_with_the_content(
    seeded_site, publisher, client, django_assert_max_num_queries
):
    # Pages rank first (both words in their titles), so each page of results has both kinds.
    bulk_publications(25, title="Kestrel report", summary="A plan.")
    new_page("Kestrel plan page", "Kestrel.", publisher)
    # The layout's first-request queries (menus, URL revisions), through an address of its own:
    # the measured one is then rendered, not answered from the fast path's kept pages.
    search(client, "kestrel plan", page=1)
    with CaptureQueriesContext(connection) as captured:
        response = search(client, "kestrel plan")
    small = len(captured)
    assert {result.label for result in response.context["results"]} == {"Page", "Report"}
    # Four are the search's: count, the page of entries, the result pages' current addresses.
    assert small <= 12, [query["sql"][:120] for query in captured.captured_queries]

    bulk_publications(400, title="Kestrel report", summary="A plan.")
    for n in range(5):
        new_page(f"Kestrel plan page {n}", "Kestrel.", publisher)
    search(client, "kestrel plan", page=1)  # publishing emptied the menu cache: fill it again
    with django_assert_max_num_queries(small):
        response = search(client, "kestrel plan")
    assert response.context["page_obj"].paginator.count == 25 + 400 + 6
    assert {result.label for result in response.context["results"]} == {"Page", "Report"}


# On every page.


@pytest.mark.django_db
@pytest.mark.parametrize("path", [seed.path for seed in SEED_PAGES] + ["/no-such-page/"])
def test_every_page_has_the_search_box_in_its_header(seeded_site, client, path):
    html = client.get(path).text
    header = html[html.index("<header") : html.index("</header>")]

    assert '<form class="dccs-search dccs-header__search" action="/search/" method="get"' in header
    assert 'role="search"' in header
    assert '<label class="govuk-label govuk-visually-hidden" for="site-search">' in header
    assert 'id="site-search" name="q" type="search"' in header


@pytest.mark.django_db
def test_the_search_page_sets_no_cookie(seeded_site, client):
    for response in (client.get("/search/"), search(client, "plan"), search(client, "x", page=0)):
        assert not response.cookies
        assert "Set-Cookie" not in response.headers


def test_rebuild_command_reports_and_is_idempotent(seeded_site):
    out = io.StringIO()
    SearchEntry.objects.filter(kind="page").delete()

    call_command("rebuild_search_index", stdout=out)
    call_command("rebuild_search_index", stdout=out)

    assert f"{len(SEED_PAGES)} added" in out.getvalue()
    assert "already up to date" in out.getvalue()
