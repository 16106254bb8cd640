"""publications/feeds.py: the Atom feed of publications."""

import pytest


@pytest.mark.django_db
def test_the_feed_lists_publications_newest_added_first(library, client):
    response = client.get("/publications/feed/")
    body = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "<title>Annual report</title>" in body
    assert 'type="application/pdf"' in body and "/download/" in body
