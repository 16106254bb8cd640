"""Ranking: an exact title first, the title above the body, every word must match."""

import pytest

from publications.models import PublicationContent
from tests.search.helpers import ON_POSTGRESQL, bulk_publications, new_page, result_urls, search


@pytest.mark.django_db
def test_the_item_with_the_exact_title_comes_first(seeded_site, publisher, client):
    """Among 200 real pages and 300 publications that all share the same words."""
    bulk_publications(300, title="Family support plan", summary="A plan for family support.")
    pages = [
        new_page(f"Family support plan area {n}", "Our family support plan.", publisher)
        for n in range(200)
    ]
    publication = PublicationContent.objects.filter(title__startswith="Family support plan")[123]
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
