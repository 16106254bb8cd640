"""'Is this page useful?': stored before anything else, from a cached page, no cookie."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from pages.models import PageFeedback
from pages.seed.content import SEED_PAGES

SAME_SITE = {"HTTP_ORIGIN": "http://testserver"}


def send(client, headers=SAME_SITE, **fields):
    data = {"path": "/about/", "useful": "no", "looking_for": "", "website": "", **fields}
    return client.post("/feedback/", data, **headers)


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
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"useful": "", "looking_for": ""}, "Select yes or no, or tell us what you were looking"),
        ({"looking_for": "x" * 10_000}, "must be 1200 characters or fewer"),
        ({"path": "https://evil.example/"}, "not one of this website"),
        ({"path": "/about/\r\nSet-Cookie: x=1"}, "not one of this website"),
        ({"useful": "maybe"}, "Select a valid choice"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_stores_nothing(client, fields, message):
    response = send(client, **fields)

    assert response.status_code == 400
    assert message in response.text
    assert "There is a problem" in response.text
    assert not PageFeedback.objects.exists()


@pytest.mark.django_db
def test_nul_bytes_and_control_characters_are_cleaned_out(client):
    response = send(client, looking_for="bus\x00 times\x07\r\nand fares")

    assert response.status_code == 303
    assert PageFeedback.objects.get().looking_for == "bus times\nand fares"


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


@pytest.mark.django_db
def test_answers_older_than_the_retention_period_are_deleted(settings):
    settings.FEEDBACK_RETENTION_DAYS = 90
    now = timezone.now()
    PageFeedback.objects.create(path="/old/", useful=True, created_at=now - dt.timedelta(days=91))
    PageFeedback.objects.create(path="/new/", useful=True, created_at=now - dt.timedelta(days=89))
    out = io.StringIO()

    call_command("delete_old_feedback", stdout=out)

    assert list(PageFeedback.objects.values_list("path", flat=True)) == ["/new/"]
    assert "Deleted 1 feedback answer older than 90 days" in out.getvalue()


@pytest.mark.django_db
def test_the_privacy_notice_says_what_is_kept_and_for_how_long(client):
    html = client.get("/privacy/").text

    assert "If you tell us whether a page is useful" in html
    assert "We delete answers after 90 days" in html


@pytest.mark.django_db
def test_staff_see_the_answers_counted_for_each_page(client, publisher):
    for useful in (True, True, False):
        PageFeedback.objects.create(path="/about/", useful=useful)
    PageFeedback.objects.create(path="/contact/", useful=None, looking_for="opening hours")
    client.force_login(publisher)

    response = client.get("/admin/pages/pagefeedback/")

    assert response.status_code == 200
    rows = {row["path"]: row for row in response.context["pages_summary"]}
    assert (rows["/about/"]["yes"], rows["/about/"]["no"], rows["/about/"]["total"]) == (2, 1, 3)
    assert rows["/contact/"]["comments"] == 1
    assert client.get("/admin/pages/pagefeedback/add/").status_code == 403
