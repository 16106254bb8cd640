"""publications/models.py: what a publication may be called."""

import pytest
from django.core.exceptions import ValidationError

from tests.publications.conftest import new_draft, publish


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["feed", "export", "download"])
def test_reserved_slugs_are_refused(make_publication, slug):
    with pytest.raises(ValidationError) as refused:
        make_publication(slug=slug)
    assert "slug" in refused.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["draft", "published", "withdrawn"])
def test_an_address_another_publication_has_in_any_version_is_refused(make_publication, state):
    make_publication(slug="taken", state=state)

    with pytest.raises(ValidationError) as refused:
        make_publication(slug="taken")
    assert "another publication" in refused.value.message_dict["slug"][0]


@pytest.mark.django_db
def test_an_address_another_publication_had_once_is_refused(make_publication, publisher):
    renamed = make_publication(slug="old-address")
    draft = new_draft(renamed, publisher)
    draft.slug = "new-address"
    draft.full_clean()
    draft.save()
    publish(draft, publisher)

    with pytest.raises(ValidationError) as refused:
        make_publication(slug="old-address")
    assert "slug" in refused.value.message_dict


@pytest.mark.django_db
def test_versions_of_one_publication_share_its_address(make_publication, publisher):
    published = make_publication(slug="shared")
    draft = new_draft(published, publisher)

    draft.summary = "A new summary."
    draft.full_clean()  # its own publication's address is no clash

    assert draft.slug == published.slug


@pytest.mark.django_db
def test_a_publication_cannot_supersede_itself(make_publication, publisher):
    published = make_publication()
    draft = new_draft(published, publisher)
    draft.supersedes = published.publication

    with pytest.raises(ValidationError) as refused:
        draft.full_clean()
    assert "supersedes" in refused.value.message_dict
