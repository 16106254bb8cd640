"""The list, one publication, its download, and addresses that keep working."""

import re
from html import unescape

import pytest
from django.core.files.base import ContentFile

from publications.models import Publication
from tests.publications.conftest import make_pdf


def text(response):
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


@pytest.mark.django_db
def test_the_list_shows_each_document_with_its_facts(seeded_site, client):
    response = client.get("/publications/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Early Help Strategy 2023-26" in unescape(html)
    assert '<abbr title="Portable Document Format">PDF</abbr>' in html
    assert re.search(r"PDF</abbr>, [\d.,]+ (bytes|KB|MB), \d+ pages?", html)
    assert '<time datetime="2023-04-11">11 April 2023</time>' in html


@pytest.mark.django_db
def test_the_list_is_newest_first_by_the_documents_own_year(seeded_site, client):
    titles = re.findall(
        r'dccs-publication__title"><a class="govuk-link" href="[^"]+">([^<]+)<',
        (client.get("/publications/").content.decode()),
    )
    years = [Publication.objects.get(title=unescape(t)).document_year for t in titles]

    assert years == sorted(years, reverse=True)
    # The 2018 SEND letter counts as 2018 although it was added to the site on 30/12/19.
    assert (
        Publication.objects.get(slug="joint-local-area-send-inspection-letter-2018").document_year
        == 2018
    )


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
    publication = Publication.objects.get(
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


@pytest.mark.django_db
def test_replacing_the_file_keeps_the_link_and_lists_the_earlier_version(make_publication, client):
    publication = make_publication(pages=1)
    url = publication.get_download_url()
    new_pdf = make_pdf(pages=4, text="The second edition")

    publication.file = ContentFile(new_pdf, name="second.pdf")
    publication.full_clean()
    publication.save()

    download = client.get(url)
    assert b"".join(download.streaming_content) == new_pdf
    detail = text(client.get(publication.get_absolute_url()))
    assert "Earlier versions" in detail and "1 page" in detail and "4 pages" in detail
    earlier = publication.earlier_files.get()
    old = client.get(f"{publication.get_absolute_url()}earlier/{earlier.pk}/download/")
    assert old.status_code == 200
    publication.refresh_from_db()
    assert publication.date_updated is not None


@pytest.mark.django_db
def test_old_slugs_redirect_in_one_hop_after_two_renames(make_publication, client):
    publication = make_publication(slug="first-name")
    for slug in ("second-name", "third-name"):
        publication.slug = slug
        publication.full_clean()
        publication.save()

    for old in ("first-name", "second-name"):
        response = client.get(f"/publications/{old}/")
        assert response.status_code == 301
        assert response["Location"] == "/publications/third-name/"
        download = client.get(f"/publications/{old}/download/")
        assert download["Location"] == "/publications/third-name/download/"
    assert client.get("/publications/third-name/").status_code == 200


@pytest.mark.django_db
def test_a_withdrawn_or_deleted_publication_is_gone_not_missing(make_publication, client):
    withdrawn = make_publication(slug="withdrawn-one")
    withdrawn.is_published = False
    withdrawn.save()
    deleted = make_publication(slug="deleted-one")
    deleted.delete()

    for slug in ("withdrawn-one", "deleted-one"):
        response = client.get(f"/publications/{slug}/")
        assert response.status_code == 410
        assert "withdrawn" in text(response)
    assert client.get("/publications/never-existed/").status_code == 404


@pytest.mark.django_db
def test_a_draft_is_not_shown(make_publication, client):
    draft = make_publication(slug="a-draft", is_published=False, title="Draft only")

    assert client.get("/publications/a-draft/").status_code == 404
    assert client.get("/publications/a-draft/download/").status_code == 404
    assert "Draft only" not in text(client.get("/publications/"))
    assert draft.first_published_at is None


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["feed", "export", "download"])
def test_reserved_slugs_are_refused(make_publication, slug):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        make_publication(slug=slug)
    assert "slug" in refused.value.message_dict
