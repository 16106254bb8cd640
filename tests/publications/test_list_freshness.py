"""The publications list is kept and shared like a page, and fresh the moment one is published."""


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
        publication.is_published = False
        publication.save()

    assert client.get(url).status_code in (404, 410)
