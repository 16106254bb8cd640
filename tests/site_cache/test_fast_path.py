"""Anonymous pages answered from memory, never stale, never an editor's (site_cache/fast_path)."""

import gzip
import re
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings as django_settings
from django.test import Client
from django.utils import timezone

from pages.models import AlertBanner
from site_cache import generation as freshness

pytestmark = pytest.mark.django_db

PAGE = "/about/"


def shared_max_age(response) -> int:
    """How long shared caches may keep the answer: what is left of its lifetime."""
    return int(re.search(r"\bs-maxage=(\d+)", response["Cache-Control"]).group(1))


@pytest.fixture
def reader():
    """A resident's browser: no cookies."""
    return Client()


def test_a_second_visit_is_answered_from_memory_with_the_same_page(reader):
    first = reader.get(PAGE)
    again = reader.get(PAGE)

    assert first["X-Page-Cache"] == "miss"
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert "Priority themes" in again.text or "About" in again.text
    for header in ("Content-Security-Policy", "X-Frame-Options", "Referrer-Policy"):
        assert again[header] == first[header], header
    assert not again.cookies


def test_max_age_in_browsers_is_0_and_shared_caches_get_what_is_left_of_the_lifetime(reader):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        first = reader.get(PAGE)
        clock.shift(20)
        again = reader.get(PAGE)

    assert first["Cache-Control"].startswith("public, max-age=0, must-revalidate, s-maxage=")
    assert "no-cache" not in first["Cache-Control"]  # nginx and the fast path keep none such
    assert 0 < shared_max_age(first) <= 60
    assert again["X-Page-Cache"] == "hit"
    assert shared_max_age(again) == shared_max_age(first) - 20
    assert first["Vary"] == "Cookie, Accept-Encoding"
    assert "Expires" not in first


def test_a_browser_that_has_the_page_gets_304_without_a_body(reader):
    etag = reader.get(PAGE)["ETag"]

    response = reader.get(PAGE, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert reader.get(PAGE, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_gzip_when_the_browser_accepts_it(reader):
    plain = reader.get(PAGE)

    zipped = reader.get(PAGE, HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert len(zipped.content) < len(plain.content) / 3
    assert zipped["ETag"] != plain["ETag"]
    assert "Content-Encoding" not in plain


@pytest.mark.parametrize(
    ("accept_encoding", "gzipped"),
    [
        ("gzip;q=0", False),
        ("gzip;q=0, deflate", False),
        ("*;q=1, gzip;q=0", False),
        ("identity", False),
        ("GZIP;q=0.5", True),
        ("br, *", True),
        ("gzip;q=0.001", True),
    ],
)
def test_accept_encoding_gzip_q_0_is_honoured(reader, accept_encoding, gzipped):
    """A browser that refuses gzip ("gzip;q=0") gets the page as it is, kept or not."""
    plain = reader.get(PAGE)  # kept now

    answer = reader.get(PAGE, HTTP_ACCEPT_ENCODING=accept_encoding)

    assert answer["X-Page-Cache"] == "hit"
    assert (answer.get("Content-Encoding") == "gzip") is gzipped
    if not gzipped:
        assert answer.content == plain.content


def test_head_is_answered_from_the_kept_page_without_a_body(reader):
    body = reader.get(PAGE).content

    response = reader.head(PAGE)

    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""
    assert int(response["Content-Length"]) == len(body)


def test_tracking_parameters_do_not_make_a_new_page(reader):
    reader.get(PAGE)

    response = reader.get(PAGE + "?utm_source=newsletter&gclid=abc")

    assert response["X-Page-Cache"] == "hit"


def test_a_signed_in_editor_never_gets_a_kept_page_and_none_is_kept_from_them(reader, editor):
    reader.get(PAGE)
    staff = Client()
    staff.force_login(editor)

    response = staff.get(PAGE)

    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "cms-toolbar" in response.text
    assert "cms-toolbar" not in reader.get(PAGE).text


def test_a_session_cookie_or_toolbar_parameter_goes_the_whole_way(reader):
    reader.get(PAGE)

    with_cookie = Client(HTTP_COOKIE=f"{django_settings.SESSION_COOKIE_NAME}=not-a-real-session")
    assert "X-Page-Cache" not in with_cookie.get(PAGE)
    assert "X-Page-Cache" not in reader.get(PAGE + "?edit")
    assert "X-Page-Cache" not in reader.get(PAGE, HTTP_AUTHORIZATION="Basic eDp5")


def test_errors_and_uncacheable_answers_are_not_kept(reader):
    reader.get("/no-such-page/")
    assert "X-Page-Cache" not in reader.get("/no-such-page/")
    assert "X-Page-Cache" not in reader.get("/healthz")


def test_a_saved_change_shows_on_the_very_next_request(reader, django_capture_on_commit_callbacks):
    reader.get(PAGE)
    assert reader.get(PAGE)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        AlertBanner.objects.create(
            title="Offices closed for training",
            message="Call the emergency duty team.",
            ends_at=timezone.now() + timedelta(hours=2),
        )
    response = reader.get(PAGE)

    assert response["X-Page-Cache"] == "miss"
    assert "Offices closed for training" in response.text


def test_a_banner_appears_at_its_start_time_without_anyone_saving_anything(reader):
    now = timezone.now()
    AlertBanner.objects.create(
        title="Phone lines down tonight",
        message="Use the out-of-hours number.",
        starts_at=now + timedelta(seconds=30),
        ends_at=now + timedelta(hours=1),
    )
    freshness.state().bump_host()  # as the banner's own save does

    with time_machine.travel(now, tick=False) as clock:
        before = reader.get(PAGE)
        clock.shift(10)
        kept = reader.get(PAGE)
        clock.shift(25)
        after = reader.get(PAGE)

    assert "Phone lines down tonight" not in before.text
    assert shared_max_age(before) <= 30  # no cache may keep it past the banner's start
    assert kept["X-Page-Cache"] == "hit"
    assert "Phone lines down tonight" in after.text


def test_a_page_rendered_while_a_publish_landed_is_not_kept(reader, monkeypatch):
    """The publish-transaction race (DESIGN.md): a page read before the commit is not kept."""
    from site_cache import fast_path

    real = fast_path.KeptPage

    def publish_during_render(*args, **kwargs):
        raise AssertionError("a page rendered across a publish was kept")

    state = freshness.state()
    original_current = state.current
    calls = {"n": 0}

    def current(force_remote=False):
        calls["n"] += 1
        if calls["n"] == 2:  # the check after the render: someone published meanwhile
            state.host.bump()
        return original_current(force_remote=force_remote)

    monkeypatch.setattr(state, "current", current)
    monkeypatch.setattr(fast_path, "KeptPage", publish_during_render)
    response = reader.get(PAGE)
    monkeypatch.setattr(fast_path, "KeptPage", real)

    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert reader.get(PAGE)["X-Page-Cache"] == "miss"


def test_search_results_are_kept_and_shared_like_pages(reader):
    reader.get("/search/?q=ofsted")

    response = reader.get("/search/?q=ofsted&utm_medium=email")

    assert response["X-Page-Cache"] == "hit"
    assert response["Cache-Control"].startswith("public, max-age=0, must-revalidate, s-maxage=")


def test_what_is_not_kept_still_answers_conditional_requests():
    with_cookie = Client(HTTP_COOKIE=f"{django_settings.SESSION_COOKIE_NAME}=not-a-real-session")
    sitemap = with_cookie.get("/sitemap.xml")

    again = with_cookie.get("/sitemap.xml", HTTP_IF_NONE_MATCH=sitemap["ETag"])

    assert "X-Page-Cache" not in again
    assert again.status_code == 304


def test_without_a_readable_generation_file_pages_are_served_but_not_kept(
    reader, settings, tmp_path
):
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "not-a-folder" / "generation"
    (tmp_path / "not-a-folder").write_text("a file where the folder should be")
    freshness.reset_state()
    try:
        first, again = reader.get(PAGE), reader.get(PAGE)
    finally:
        freshness.reset_state()

    assert (first.status_code, again.status_code) == (200, 200)
    assert "X-Page-Cache" not in again
