"""The index follows what is published: drafts, unpublished pages and withdrawn
publications never appear; records are found on the pages that show them."""

import logging

import pytest
from cms.models import PageContent
from djangocms_versioning.models import Version

from pages.governance.models import GovernanceBody
from pages.seed.content import SEED_PAGES
from publications.models import PublicationContent
from search.index import rebuild_index
from search.models import SearchEntry
from tests.pages.test_roles import make_draft_with_sentence, published_version
from tests.search.helpers import new_page, result_urls, search


@pytest.mark.django_db
def test_every_seeded_page_and_publication_is_indexed(seeded_site):
    pages = SearchEntry.objects.filter(kind=SearchEntry.Kind.PAGE)
    assert pages.count() == len(SEED_PAGES)
    assert SearchEntry.objects.filter(kind="publication").count() == (
        PublicationContent.objects.count()  # published versions, one per publication
    )
    assert rebuild_index() == {"added": 0, "changed": 0, "removed": 0}


@pytest.mark.django_db
def test_a_page_is_found_by_the_words_of_its_text_not_only_its_title(seeded_site, client):
    response = search(client, "Middlesex Street Estate")

    assert response.status_code == 200
    assert result_urls(response)[0] == "/about/"
    assert "<mark>Middlesex</mark>" in response.text


@pytest.mark.django_db
def test_records_shown_by_a_plugin_are_found_on_their_page(
    seeded_site, client, django_capture_on_commit_callbacks
):
    body = GovernanceBody.objects.for_page().first()
    with django_capture_on_commit_callbacks(execute=True):
        body.name = "Quixotic Oversight Panel"
        body.save()
        # the page is re-read once the change has committed, not before
        assert "/governance/" not in result_urls(search(client, "quixotic oversight"))

    assert "/governance/" in result_urls(search(client, "quixotic oversight"))


@pytest.mark.django_db
def test_many_records_saved_together_re_read_their_page_once(
    seeded_site, django_capture_on_commit_callbacks, monkeypatch
):
    from search import index

    read = []
    real = index.index_page
    monkeypatch.setattr(index, "index_page", lambda page_id: read.append(page_id) or real(page_id))
    with django_capture_on_commit_callbacks(execute=True):
        for body in GovernanceBody.objects.all()[:5]:
            body.save()

    assert len(read) == len(set(read)) >= 1  # each page showing the bodies, once


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
def test_a_withdrawn_or_deleted_publication_disappears(seeded_site, publisher, client):
    publication = PublicationContent.objects.get(title__startswith="Early Help Strategy")
    url = publication.get_absolute_url()
    assert url in result_urls(search(client, "Early Help Strategy"))

    Version.objects.get_for_content(publication).unpublish(publisher)
    assert url not in result_urls(search(client, "Early Help Strategy"))

    # Published again: a new version, copied from the withdrawn one.
    Version.objects.get_for_content(publication).copy(publisher).publish(publisher)
    assert url in result_urls(search(client, "Early Help Strategy"))

    # Deleted, with every version (a publication never copied: versioning keeps the
    # source of a copy): its entry goes with it.
    deleted = PublicationContent.objects.exclude(publication=publication.publication).first()
    assert SearchEntry.objects.filter(kind="publication", object_id=deleted.publication_id)
    deleted.publication.delete()
    assert not SearchEntry.objects.filter(
        kind="publication", object_id=deleted.publication_id
    ).exists()
    assert rebuild_index() == {"added": 0, "changed": 0, "removed": 0}


@pytest.mark.django_db
def test_a_failure_to_index_never_stops_a_publish(
    seeded_site, publisher, client, monkeypatch, caplog
):
    def broken(content):
        raise RuntimeError("indexing failed")

    monkeypatch.setattr("search.index.page_entry", broken)
    with caplog.at_level(logging.ERROR, logger="search.index"):
        page = new_page("Wombat notice", "About wombats.", publisher)

    # The page went live, and the failure was logged with its cause for someone to mend.
    live = client.get(page.get_absolute_url())
    assert live.status_code == 200
    assert "About wombats." in live.text
    failures = [
        r for r in caplog.records if r.levelno == logging.ERROR and r.name == "search.index"
    ]
    assert [r.getMessage() for r in failures] == [f"Search index: could not update page {page.pk}"]
    assert "indexing failed" in str(failures[0].exc_info[1])
    assert not SearchEntry.objects.filter(kind="page", object_id=page.pk).exists()
