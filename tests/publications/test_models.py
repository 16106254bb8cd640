"""publications/models.py: what a publication may be called."""

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["feed", "export", "download"])
def test_reserved_slugs_are_refused(make_publication, slug):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        make_publication(slug=slug)
    assert "slug" in refused.value.message_dict
