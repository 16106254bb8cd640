"""Whatever an Editor POSTs, readers get byte for byte what they got before.

One test per family of endpoints (each named by its URL name below). Each takes
every public answer a reader can get of the seeded site (every page, the
publications list, a publication, its download, the feed, both exports, the
sitemap and a search), has an Editor send hand-made POSTs straight to the views
behind the buttons, empties every cache, and takes them again. The button being
hidden proves nothing; the status alone proves nothing either.
"""

import pytest
from cms.models import Page, PageContent
from django.core.cache import cache
from django.urls import reverse
from djangocms_text.models import Text
from djangocms_versioning.constants import DRAFT, PUBLISHED, UNPUBLISHED
from djangocms_versioning.models import Version

from pages.seed.content import SEED_PAGES
from publications.models import PublicationContent, Topic
from site_cache import generation
from tests.publications.conftest import publication_form

SLUG = "early-help-strategy-2023-26"
READERS_URLS = [
    *(seed.path for seed in SEED_PAGES),
    f"/publications/{SLUG}/",
    f"/publications/{SLUG}/download/",
    "/publications/feed/",
    "/publications/export.csv",
    "/publications/export.json",
    "/sitemap.xml",
    "/search/?q=strategy",
]


def what_readers_get(client):
    """Every public answer, from the database (no kept copy), as bytes."""
    cache.clear()
    generation.state().host.bump()
    client.logout()
    answers = {}
    for url in READERS_URLS:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        answers[url] = (response.status_code, body)
    return answers


@pytest.fixture
def before(client, seeded_site):
    answers = what_readers_get(client)
    assert {status for status, _ in answers.values()} == {200}
    return answers


def live_publication():
    return PublicationContent.objects.get(slug=SLUG)


def page_version(reverse_id, state=PUBLISHED):
    contents = PageContent.admin_manager.filter(page__reverse_id=reverse_id, language="en")
    return Version.objects.get(
        object_id__in=contents.values("pk"), content_type__model="pagecontent", state=state
    )


def version_url(model, action, version):
    return reverse(f"admin:djangocms_versioning_{model}version_{action}", args=[version.pk])


def post_all(client, editor, requests):
    client.force_login(editor)
    for url, data in requests:
        client.post(url, data)


@pytest.mark.django_db
def test_publication_add_change_delete_and_bulk_actions(client, editor, before):
    live = live_publication()
    change = reverse("admin:publications_publicationcontent_change", args=[live.pk])
    post_all(
        client,
        editor,
        [
            # publications_publicationcontent_change: the live version, changed in place
            (change, publication_form(live, summary="Changed at once.", title="Changed")),
            # publications_publicationcontent_delete
            (
                reverse("admin:publications_publicationcontent_delete", args=[live.pk]),
                {"post": "yes"},
            ),
            # publications_publicationcontent_changelist: the bulk delete
            (
                reverse("admin:publications_publicationcontent_changelist"),
                {"action": "delete_selected", "_selected_action": [live.pk], "post": "yes"},
            ),
            # publications_publicationcontent_add: a new one is a draft
            (
                reverse("admin:publications_publicationcontent_add"),
                publication_form(title="Not yet", slug="not-yet"),
            ),
        ],
    )

    assert what_readers_get(client) == before
    assert PublicationContent.objects.get(pk=live.pk).summary == live.summary


@pytest.mark.django_db
def test_publication_version_actions(client, editor, before):
    live = Version.objects.get_for_content(live_publication())
    draft = live.copy(editor)
    draft.content.summary = "A draft summary that readers must not see."
    draft.content.save()
    model = "publicationcontent"
    post_all(
        client,
        editor,
        [
            (version_url(model, "publish", draft), {}),
            (version_url(model, "unpublish", live), {}),
            (version_url(model, "archive", draft), {}),
            (version_url(model, "revert", live), {}),
            (version_url(model, "discard", draft), {"discard": "1"}),
            (version_url(model, "unlock", draft), {}),
        ],
    )

    assert what_readers_get(client) == before
    assert Version.objects.get(pk=live.pk).state == PUBLISHED


@pytest.mark.django_db
def test_topic_changes(client, editor, before):
    topic = live_publication().topics.first()
    post_all(
        client,
        editor,
        [
            (
                reverse("admin:publications_topic_change", args=[topic.pk]),
                {"name": "Renamed by an editor", "slug": topic.slug},
            ),
            (reverse("admin:publications_topic_add"), {"name": "New", "slug": "new"}),
            (reverse("admin:publications_topic_delete", args=[topic.pk]), {"post": "yes"}),
            (
                reverse("admin:publications_topic_changelist"),
                {"action": "delete_selected", "_selected_action": [topic.pk], "post": "yes"},
            ),
        ],
    )

    assert what_readers_get(client) == before
    assert Topic.objects.get(pk=topic.pk).name == topic.name


@pytest.mark.django_db
def test_page_version_actions(client, editor, publisher, before):
    live = page_version("about")
    # a Publisher's draft of one page, and an unpublished old version of another
    others_draft = page_version("governance").copy(publisher)
    contact = page_version("contact")
    contact.copy(publisher).publish(publisher)
    old_contact = Version.objects.get(pk=contact.pk)
    assert old_contact.state == UNPUBLISHED
    before = what_readers_get(client)
    own_draft = live.copy(editor)
    model = "pagecontent"
    post_all(
        client,
        editor,
        [
            (version_url(model, "publish", own_draft), {}),
            (version_url(model, "unpublish", live), {}),
            (version_url(model, "archive", own_draft), {}),
            (version_url(model, "publish", others_draft), {}),
            (version_url(model, "discard", others_draft), {"discard": "1"}),
            (version_url(model, "unlock", others_draft), {}),
            (version_url(model, "revert", old_contact), {}),
        ],
    )

    assert what_readers_get(client) == before
    assert Version.objects.get(pk=others_draft.pk).state == DRAFT


@pytest.mark.django_db
def test_page_tree_and_settings(client, editor, before):
    about = Page.objects.get(reverse_id="about")
    governance = Page.objects.get(reverse_id="governance")
    post_all(
        client,
        editor,
        [
            # cms_page_move_page, cms_page_delete, cms_page_advanced, cms_page_set_home
            (
                reverse("admin:cms_page_move_page", args=[about.pk]),
                {"target": governance.pk, "position": 0},
            ),
            (reverse("admin:cms_page_delete", args=[governance.pk]), {"post": "yes"}),
            (
                reverse("admin:cms_page_advanced", args=[about.pk]),
                {"login_required": "on", "reverse_id": "about"},
            ),
            (reverse("admin:cms_page_set_home", args=[about.pk]), {}),
        ],
    )

    assert what_readers_get(client) == before


@pytest.mark.django_db
def test_plugins_on_published_content(client, editor, before):
    live = page_version("about")
    placeholder = live.content.get_placeholders().get(slot="content")
    text = Text.objects.filter(placeholder=placeholder).order_by("position").first()
    path = "?cms_path=/about/"
    post_all(
        client,
        editor,
        [
            # cms_placeholder_add_plugin, _edit_plugin, _move_plugin, _delete_plugin
            (
                reverse("admin:cms_placeholder_add_plugin")
                + f"?plugin_type=TextPlugin&placeholder_id={placeholder.pk}"
                "&plugin_language=en&plugin_position=1",
                {"body": "<p>Added by an editor to the live page.</p>"},
            ),
            (
                reverse("admin:cms_placeholder_edit_plugin", args=[text.pk]) + path,
                {"body": "<p>Changed by an editor on the live page.</p>"},
            ),
            (
                reverse("admin:cms_placeholder_move_plugin"),
                # within its placeholder (naming the same placeholder trips an assert in
                # django CMS: a 500, reported upstream-worthy, not a change)
                {"plugin_id": text.pk, "target_language": "en", "target_position": 5},
            ),
            (
                reverse("admin:cms_placeholder_delete_plugin", args=[text.pk]) + path,
                {"post": "yes"},
            ),
        ],
    )

    assert what_readers_get(client) == before
    assert Text.objects.filter(pk=text.pk).exists()
