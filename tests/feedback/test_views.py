"""'Is this page useful?': stored first, from this site only, rate-limited, no cookie."""

import pytest

from feedback.models import PageFeedback

SAME_SITE = {"HTTP_ORIGIN": "http://testserver"}


def send(client, headers=SAME_SITE, **fields):
    data = {"path": "/about/", "useful": "no", "looking_for": "", "website": "", **fields}
    return client.post("/feedback/", data, **headers)


@pytest.mark.django_db
def test_an_answer_is_stored_and_the_reader_thanked(client):
    response = send(client, useful="no", looking_for="The date of the next board meeting")

    assert response.status_code == 303
    assert response["Location"] == "/feedback/thanks/?page=%2Fabout%2F"
    answer = PageFeedback.objects.get()
    assert (answer.path, answer.useful, answer.looking_for) == (
        "/about/",
        False,
        "The date of the next board meeting",
    )
    thanks = client.get(response["Location"])
    assert "Thank you for your feedback" in thanks.text
    assert 'href="/about/"' in thanks.text
    assert response.cookies == {} and thanks.cookies == {}


@pytest.mark.django_db
def test_a_post_from_another_website_is_refused_and_changes_nothing(client):
    for headers in (
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_REFERER": "https://evil.example/about/"},
        {},  # neither header: cannot tell where it came from
    ):
        response = send(client, headers=headers, useful="yes")
        assert response.status_code == 403
        assert "did not come from a page of this website" in response.text

    assert not PageFeedback.objects.exists()


@pytest.mark.django_db
def test_a_referer_from_this_site_is_enough_when_there_is_no_origin(client):
    response = send(client, headers={"HTTP_REFERER": "http://testserver/about/"}, useful="yes")

    assert response.status_code == 303
    assert PageFeedback.objects.get().useful is True


@pytest.mark.django_db
def test_a_bot_filling_the_hidden_field_is_thanked_and_nothing_is_kept(client):
    response = send(client, website="https://spam.example", looking_for="cheap pills")

    assert response.status_code == 303
    assert not PageFeedback.objects.exists()


@pytest.mark.django_db
def test_too_many_answers_from_one_client_get_a_clear_429(client, settings):
    settings.FEEDBACK_RATE_LIMIT = 3
    for _ in range(3):
        assert send(client, useful="yes").status_code == 303

    response = send(client, useful="yes")

    assert response.status_code == 429
    assert "Wait 10 minutes and try again" in response.text
    assert int(response["Retry-After"]) > 0
    assert PageFeedback.objects.count() == 3
    other_client = send(client, headers={**SAME_SITE, "REMOTE_ADDR": "198.51.100.7"}, useful="yes")
    assert other_client.status_code == 303
