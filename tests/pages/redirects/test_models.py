"""Redirect rows: the one-query answer for a path, and what an editor's redirect may not be."""

import pytest
from cms.models import Page
from django.core.exceptions import ValidationError

from pages.redirects.models import Redirect, page_url_for_path
from tests.pages.redirects.helpers import publish_new_slug

pytestmark = pytest.mark.django_db


def test_a_404_costs_one_query(seeded_site, publisher, django_assert_num_queries):
    publish_new_slug("about", "about-us", publisher)

    with django_assert_num_queries(1):
        answer = Redirect.objects.answer_for("/about/a/b/c/d/e/f/download/", query="x=1")
    assert answer.location == "/about-us/a/b/c/d/e/f/download/?x=1"
    with django_assert_num_queries(1):
        assert Redirect.objects.answer_for("/never/used/at/all/") is None
    with django_assert_num_queries(0):
        assert Redirect.objects.answer_for("/static/missing.css") is None


def clean(**fields):
    redirect = Redirect(**fields)
    redirect.full_clean()
    return redirect


@pytest.mark.parametrize(
    "from_path",
    [
        "old-page/",
        "https://example.org/old/",
        "//example.org/old/",
        "/",
        "/admin/login/",
        "/static/css/site.css",
        "/media/file.pdf",
        "/old page/",
        "/old/?x=1",
    ],
)
def test_the_old_address_must_be_a_path_of_this_site(seeded_site, from_path):
    with pytest.raises(ValidationError) as refused:
        clean(from_path=from_path, to_path="/contact/")
    assert "from_path" in refused.value.message_dict


@pytest.mark.parametrize(
    "to_path", ["javascript:alert(1)", "http://example.org/", "//example.org/", "contact"]
)
def test_the_target_must_be_local_or_https(seeded_site, to_path):
    with pytest.raises(ValidationError) as refused:
        clean(from_path="/old-thing/", to_path=to_path)
    assert "to_path" in refused.value.message_dict


def test_a_redirect_to_itself_is_refused(seeded_site):
    with pytest.raises(ValidationError, match="itself"):
        clean(from_path="/old-thing/", to_path="/old-thing/")
    with pytest.raises(ValidationError, match="itself"):
        clean(from_path="/contact/", to_page=Page.objects.get(reverse_id="contact"))


def test_two_redirects_that_lead_to_each_other_are_refused(seeded_site):
    clean(from_path="/old-a/", to_path="/old-b/").save()

    with pytest.raises(ValidationError, match="circle"):
        clean(from_path="/old-b/", to_path="/old-a/")


def test_a_redirect_to_a_redirected_address_is_refused_naming_it(seeded_site, publisher):
    publish_new_slug("about", "about-us", publisher)

    with pytest.raises(ValidationError) as refused:
        clean(from_path="/campaign/", to_path="/about/")
    assert "/about/ itself redirects to /about-us/" in str(refused.value)


def test_a_page_address_is_worked_out_as_django_cms_does(seeded_site):
    for page in Page.objects.all():
        assert page_url_for_path(page.get_path("en")) == page.get_absolute_url("en")
