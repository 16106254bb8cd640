"""The form at the foot of every page: the same for everyone, with its warning."""

import pytest

from pages.seed.content import SEED_PAGES


@pytest.mark.django_db
def test_every_content_page_asks_and_warns_that_the_form_is_not_for_urgent_help(client):
    for seed in SEED_PAGES:
        response = client.get(seed.path)
        html = response.text
        assert "Is this page useful?" in html, seed.path
        assert f'name="path" value="{seed.path}"' in html
        assert "If a child is in immediate danger, call 999" in html
        assert 'href="/privacy/"' in html
        assert "csrfmiddlewaretoken" not in html  # the page is the same for everyone
        assert response.cookies == {}
