"""publications/views.py: the list and its filters, one publication, its download, addresses
that keep working, each kept and shared like a page yet fresh the moment one is published."""

import re
from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from publications.formatting import format_file_size
from publications.models import PublicationContent
from site_cache import generation
from tests.publications.conftest import (
    LIBRARY,
    listed_titles,
    make_pdf,
    new_draft,
    publish,
    version_of,
)
from tests.publications.factories import bulk_published
from tests.publications.factories import test_author as an_author


def text(response):
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


@pytest.mark.django_db
def test_the_list_shows_each_document_with_its_facts(make_publication, client):
    """A real PDF's facts: its size and page count, worked out from the file (a seeded
    stand-in's are in tests/publications/test_stand_ins.py)."""
    make_publication(title="Annual report 2026", document_year=2027, pages=3)
    response = client.get("/publications/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Early Help Strategy 2023-26" in unescape(html)
    assert re.search(
        r'Download<span class="govuk-visually-hidden"> Annual report 2026</span></a> '
        r'\(<abbr title="Portable Document Format">PDF</abbr>, [\d.,]+ (bytes|KB), 3 pages\)',
        html,
    )
    assert '<time datetime="2023-04-11">11 April 2023</time>' in html


@pytest.mark.django_db
def test_the_list_is_newest_first_by_the_documents_own_year(seeded_site, client):
    titles = re.findall(
        r'dccs-publication__title"><a class="govuk-link" href="[^"]+">([^<]+)<',
        (client.get("/publications/").content.decode()),
    )
    years = [PublicationContent.objects.get(title=unescape(t)).document_year for t in titles]

    assert years == sorted(years, reverse=True)
    # The 2018 SEND letter counts as 2018 although it was added to the site on 30/12/19.
    letter = PublicationContent.objects.get(slug="joint-local-area-send-inspection-letter-2018")
    assert letter.document_year == 2018


@pytest.mark.django_db
def test_an_html_version_is_offered_before_the_pdf(seeded_site, client):
    html = client.get("/publications/").content.decode()
    items = html.split('<li class="dccs-publication">')[1:]
    with_body = [item for item in items if "Ofsted Inspection of City of London" in item]
    without_body = [item for item in items if "Early Help Strategy 2023-26" in item]

    assert with_body[0].index("HTML version") < with_body[0].index("Download")
    assert "HTML version" not in without_body[0]


@pytest.mark.django_db
def test_the_detail_page_has_the_html_body_download_and_accessible_format(seeded_site, client):
    publication = PublicationContent.objects.get(
        slug="ofsted-inspection-of-city-of-london-childrens-services-2024"
    )
    response = client.get(publication.get_absolute_url())
    page = text(response)

    assert response.status_code == 200
    assert "The experiences and progress of children in care" in page
    assert f'href="{publication.get_download_url()}"' in response.content.decode()
    assert "mailto:children.duty@cityoflondon.gov.uk?subject=Accessible%20format%20request" in (
        response.content.decode()
    )


@pytest.mark.django_db
def test_the_download_is_the_pdf_with_safe_headers(make_publication, client):
    publication = make_publication(title="Early help: a strategy")
    response = client.get(publication.get_download_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert re.fullmatch(
        r'inline; filename="Test_Publication_\d+.pdf"', response["Content-Disposition"]
    )
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def publish_changed(published, **changes):
    """A new draft of ``published`` with these changes, published: what a Publisher does."""
    author = an_author()
    draft = new_draft(published, author)
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.full_clean()
    draft.save()
    publish(draft, author)
    return PublicationContent.objects.get(pk=draft.pk)


@pytest.mark.django_db
def test_replacing_the_file_keeps_the_link_and_lists_the_earlier_version(make_publication, client):
    first = make_publication(pages=1)
    url = first.get_download_url()
    new_pdf = make_pdf(pages=4, text="The second edition")

    publication = publish_changed(first, file=ContentFile(new_pdf, name="second.pdf"))

    download = client.get(url)
    assert b"".join(download.streaming_content) == new_pdf
    detail = text(client.get(publication.get_absolute_url()))
    assert "Earlier versions" in detail and "1 page" in detail and "4 pages" in detail
    earlier = publication.publication.earlier_files.get()
    old = client.get(f"{publication.get_absolute_url()}earlier/{earlier.pk}/download/")
    assert old.status_code == 200
    assert b"".join(old.streaming_content) == first.file.open("rb").read()
    assert publication.date_updated is not None


@pytest.mark.django_db
def test_old_slugs_redirect_in_one_hop_after_two_renames(make_publication, client):
    publication = make_publication(slug="first-name")
    for slug in ("second-name", "third-name"):
        publication = publish_changed(publication, slug=slug)

    for old in ("first-name", "second-name"):
        response = client.get(f"/publications/{old}/")
        assert response.status_code == 301
        assert response["Location"] == "/publications/third-name/"
        download = client.get(f"/publications/{old}/download/")
        assert download["Location"] == "/publications/third-name/download/"
    assert client.get("/publications/third-name/").status_code == 200


@pytest.mark.django_db
def test_a_withdrawn_or_deleted_publication_is_gone_not_missing(make_publication, client):
    make_publication(slug="withdrawn-one", state="withdrawn")
    deleted = make_publication(slug="deleted-one")
    deleted.publication.delete()  # the publication, with every version

    for slug in ("withdrawn-one", "deleted-one"):
        response = client.get(f"/publications/{slug}/")
        assert response.status_code == 410
        assert "withdrawn" in text(response)
    assert client.get("/publications/never-existed/").status_code == 404


@pytest.mark.django_db
def test_a_draft_is_not_shown(make_publication, client):
    draft = make_publication(slug="a-draft", state="draft", title="Draft only")

    assert client.get("/publications/a-draft/").status_code == 404
    assert client.get("/publications/a-draft/download/").status_code == 404
    assert "Draft only" not in text(client.get("/publications/"))
    assert draft.publication.first_published_at is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=strategy", {"Early help strategy", "SEND strategy"}),
        ("kind=strategy&year=2023", {"Early help strategy"}),
        ("topic=early-help", {"Early help strategy", "Youth plan"}),
        ("topic=early-help&kind=plan", {"Youth plan"}),
        ("q=families", {"Early help strategy"}),
        ("q=care+leavers", {"Annual report"}),
        ("q=strategy&year=2022", {"SEND strategy"}),
    ],
)
def test_filters_combine(library, client, query, expected):
    response = client.get(f"/publications/?{query}")

    assert response.status_code == 200
    # The seeded publications are there too; these four are the ones built to tell apart.
    assert set(listed_titles(response)) & LIBRARY == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "kind=nonsense",
        "year=abc",
        "year=1066",
        "topic=%00",
        "q=" + "x" * 5000,
        "q=%00",
        "q=a%00b",
    ],
)
def test_nonsense_filters_get_a_clear_400_page(seeded_site, client, query):
    response = client.get(f"/publications/?{query}")

    assert response.status_code == 400
    assert "There is a problem with the filters" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("number", ["-1", "0", "99999", "abc", "1.5"])
def test_nonsense_page_numbers_give_a_clean_page(seeded_site, client, number):
    response = client.get(f"/publications/?page={number}")

    assert response.status_code == 200
    assert listed_titles(response)


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.dictionaries(
        st.sampled_from(["q", "kind", "topic", "year", "page", "utm_source"]),
        st.text(max_size=300),
        max_size=5,
    )
)
def test_hostile_query_strings_never_cause_a_server_error(seeded_site, client, params):
    for path in ("/publications/", "/publications/export.csv", "/publications/export.json"):
        response = client.get(path, params)
        assert response.status_code in (200, 400), (path, params, response.status_code)


@pytest.mark.django_db
def test_the_list_costs_the_same_queries_with_10_or_2000_publications(client, make_publication):
    def rendered(path):
        """The page rendered afresh: a kept copy (site_cache's fast path) costs no query."""
        generation.state().host.bump()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200 and response["X-Page-Cache"] != "hit"
        return response, len(queries)

    bulk_published(10)
    for _ in range(2):  # warm the per-process caches (menus, URLs, apphooks reloaded)
        rendered("/publications/?kind=report")
    _, small = rendered("/publications/?kind=report")
    newest = bulk_published(1990)[-1]
    response, large = rendered("/publications/?kind=report")

    assert large == small
    assert newest.title in listed_titles(response)  # the bulk versions are published ones


def test_a_new_publication_is_on_the_kept_list_at_once(
    client, make_publication, django_capture_on_commit_callbacks
):
    client.get("/publications/")
    kept = client.get("/publications/")
    assert kept["X-Page-Cache"] == "hit"
    assert kept["Cache-Control"].startswith("public, max-age=")

    with django_capture_on_commit_callbacks(execute=True):
        make_publication(title="Short breaks statement 2027")
    response = client.get("/publications/")

    assert "Short breaks statement 2027" in response.text


def test_a_publication_page_is_kept_and_withdrawing_it_answers_gone_at_once(
    client, make_publication, django_capture_on_commit_callbacks
):
    publication = make_publication()
    url = publication.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        version_of(publication).unpublish(an_author())

    assert client.get(url).status_code == 410


@pytest.mark.django_db
def test_the_page_names_the_documents_date_or_its_year_whichever_was_given(
    make_publication, client
):
    from datetime import date

    dated = make_publication(title="Dated one", document_date=date(2026, 11, 1))
    yearly = make_publication(title="Yearly one", document_year=2026)

    dated_page, yearly_page = (
        text(client.get(dated.get_absolute_url())),
        text(client.get(yearly.get_absolute_url())),
    )

    assert "Date of the document 1 November 2026" in dated_page
    assert "Year of the document" not in dated_page and "Year 1 November" not in dated_page
    assert "Year of the document 2026" in yearly_page
    assert "Date of the document" not in yearly_page


@pytest.mark.django_db
def test_the_file_facts_have_no_stray_spaces(make_publication, client):
    publication = make_publication(title="Three pages", pages=3)
    facts = rf"\(PDF, {re.escape(format_file_size(publication.file_size))}, 3 pages\)"

    def as_read(response):  # the words as a browser lays them out: tags gone, spaces collapsed
        return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", response.content.decode())))

    assert re.search(facts, as_read(client.get(publication.get_absolute_url())))
    assert re.search(facts, as_read(client.get("/publications/")))


@pytest.mark.django_db
def test_an_html_version_stored_with_script_is_shown_without_it(make_publication, client):
    """Whatever wrote the row (a restored backup, another tool, SQL by hand), the HTML
    version is cleaned as it is shown, as a text plugin's body is (rich_text/): the model
    field cleans only what is saved through Django, and keeps ``style``."""
    published = make_publication(title="A plan with a stored script")
    with connection.cursor() as cursor:  # past the field's own cleaning on save
        cursor.execute(
            "UPDATE publications_publicationcontent SET body = %s WHERE id = %s",
            [
                '<h2 onclick="steal()" style="position:fixed">Our plan</h2>'
                '<script>steal()</script><p><a href="javascript:steal()">Read more</a></p>',
                published.pk,
            ],
        )

    html = client.get(published.get_absolute_url()).content.decode()
    shown = html[html.index("dccs-prose--document") :]

    assert "Our plan</h2>" in shown and "Read more" in shown
    assert "steal()" not in shown and "position:fixed" not in shown
