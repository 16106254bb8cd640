"""Staff read the answers, counted for each page; nobody adds or edits them."""

import pytest

from feedback.models import PageFeedback


@pytest.mark.django_db
def test_staff_see_the_answers_counted_for_each_page(client, publisher):
    for useful in (True, True, False):
        PageFeedback.objects.create(path="/about/", useful=useful)
    PageFeedback.objects.create(path="/contact/", useful=None, looking_for="opening hours")
    client.force_login(publisher)

    response = client.get("/admin/feedback/pagefeedback/")

    assert response.status_code == 200
    rows = {row["path"]: row for row in response.context["pages_summary"]}
    assert (rows["/about/"]["yes"], rows["/about/"]["no"], rows["/about/"]["total"]) == (2, 1, 3)
    assert rows["/contact/"]["comments"] == 1
    assert client.get("/admin/feedback/pagefeedback/add/").status_code == 403
