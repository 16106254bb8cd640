"""Every change readers may see reaches the caches and the search index, from each app's
declaration (site_cache/receivers.py, site_cache/declarations.py, search/index.py)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from djangocms_versioning.models import Version

from contacts.choices import LineKind
from contacts.models import ContactLine
from pages.models import AlertBanner
from publications.models import Kind, PublicationContent
from search.models import SearchEntry
from site_cache import declarations
from tests.page_factories import published_page_with
from tests.publications.factories import PublicationFactory

pytestmark = pytest.mark.django_db


def page_words(path: str) -> str:
    return SearchEntry.objects.get(kind=SearchEntry.Kind.PAGE, url=path).body


def test_changing_a_contact_line_re_indexes_the_pages_showing_the_contact_card(
    client, django_capture_on_commit_callbacks
):
    published_page_with("call-us", "ContactCardPlugin")
    assert "020 7946 0999" not in page_words("/call-us/")

    with django_capture_on_commit_callbacks(execute=True):
        office = ContactLine.objects.get(kind=LineKind.OFFICE)
        office.phone = "020 7946 0999"
        office.save()

    assert "020 7946 0999" in page_words("/call-us/")
    found = client.get("/search/", {"q": "020 7946 0999"})
    assert "/call-us/" in [result.url for result in found.context["results"]]


def a_kind_with_nothing_published() -> str:
    return next(
        kind for kind in Kind.values if not PublicationContent.objects.of_kind(kind).exists()
    )


def draft_of(kind: str) -> PublicationContent:
    return PublicationFactory(
        title="Foster carers' guide",
        kind=kind,
        summary="For foster carers.",
        document_year=2025,
        state="draft",
    )


def publish(content: PublicationContent, publisher) -> None:
    Version.objects.get_for_content(content).publish(publisher)


def test_a_page_showing_the_latest_publications_is_re_indexed_when_one_is_published(
    publisher, django_capture_on_commit_callbacks
):
    kind = a_kind_with_nothing_published()
    published_page_with("guides", "LatestPublicationsPlugin", heading="Guides", kind=kind)
    assert page_words("/guides/") == "Guides There are no publications to show yet."

    with django_capture_on_commit_callbacks(execute=True):
        draft = draft_of(kind)
    assert page_words("/guides/") == "Guides There are no publications to show yet."

    with django_capture_on_commit_callbacks(execute=True):
        publish(draft, publisher)

    assert page_words("/guides/") == "Guides"


def test_the_time_sensitive_words_of_the_contact_card_are_never_indexed():
    """The card says whether the office is open this minute: search keeps the lasting words."""
    published_page_with("call-us", "ContactCardPlugin")
    words = page_words("/call-us/")
    assert "The office is" not in words
    for line in ContactLine.objects.all():
        assert line.phone in words


def test_publishing_a_publication_refreshes_the_cached_page_that_lists_it(publisher):
    kind = a_kind_with_nothing_published()
    path = published_page_with("guides", "LatestPublicationsPlugin", kind=kind)
    reader = Client()
    assert "There are no publications" in reader.get(path).text
    assert reader.get(path)["X-Page-Cache"] == "hit"

    draft = draft_of(kind)  # a draft changes nothing readers see: the kept page stays
    page = reader.get(path)
    assert page["X-Page-Cache"] == "hit"
    assert "There are no publications" in page.text

    publish(draft, publisher)

    page = reader.get(path)
    assert "Foster carers&#x27; guide" in page.text
    assert "There are no publications" not in page.text


def test_every_app_declares_what_it_shows_and_the_plugins_that_render_it():
    shown = {model._meta.label: types for model, types in declarations.shown_on_pages().items()}

    assert shown["contacts.ContactLine"] == {"ContactCardPlugin"}
    assert shown["contacts.Closure"] == {"ContactCardPlugin"}
    assert shown["pages.AlertBanner"] == frozenset()  # the layout shows it on every page
    # two apps name publications: its own plugin, and the inspections that link to reports
    assert shown["publications.PublicationContent"] == {
        "LatestPublicationsPlugin",
        "OfstedInspectionsPlugin",
        "LatestOfstedJudgementPlugin",
    }
    assert shown["pages.Kpi"] == {"PriorityThemesPlugin", "KpisPlugin"}


def test_every_plugin_that_renders_records_is_declared():
    """A plugin showing rows it does not own in its settings must be in a declaration,
    or a change to those rows would leave its cached render in place."""
    from cms.plugin_pool import plugin_pool

    declared = set().union(*declarations.shown_on_pages().values())
    plugins = {plugin.__name__ for plugin in plugin_pool.get_all_plugins()}
    own_words_only = {"TextPlugin", "LinkPlugin", "PlaceholderPlugin"}  # and django CMS's own
    site_plugins = {name for name in plugins if name not in own_words_only}
    assert site_plugins - declared == set()


def test_the_next_scheduled_change_is_the_earliest_any_app_declares():
    now = timezone.now()
    AlertBanner.objects.all().delete()
    assert declarations.next_page_change(now) is None

    starts = now + timedelta(hours=3)
    ends = starts + timedelta(hours=1)
    AlertBanner.objects.create(title="Closed", message="m", starts_at=starts, ends_at=ends)
    later = now + timedelta(days=2)
    AlertBanner.objects.create(
        title="Later", message="m", starts_at=later, ends_at=later + timedelta(hours=1)
    )

    assert declarations.next_page_change(now) == starts
    assert declarations.next_page_change(starts) == ends  # once shown, its end comes next
