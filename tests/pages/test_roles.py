"""Drafts stay private until a Publisher publishes them."""

import pytest
from cms.models import Page, PageContent
from djangocms_text.models import Text
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

DRAFT_SENTENCE = "This sentence exists only in the new version."


def published_version(reverse_id):
    page = Page.objects.get(reverse_id=reverse_id)
    contents = PageContent.admin_manager.filter(page=page, language="en")
    return Version.objects.get(
        object_id__in=contents.values("pk"),
        content_type__model="pagecontent",
        state=PUBLISHED,
    )


def make_draft_with_sentence(version, user):
    draft = version.copy(user)
    placeholder = draft.content.get_placeholders().get(slot="content")
    text = Text.objects.filter(placeholder=placeholder).order_by("position").first()
    text.body = f"{text.body}<p>{DRAFT_SENTENCE}</p>"
    text.save()
    return draft


@pytest.mark.django_db
def test_a_draft_is_not_visible_to_residents_until_published(seeded_site, publisher, client):
    draft = make_draft_with_sentence(published_version("about"), publisher)

    assert DRAFT_SENTENCE not in client.get("/about/").text

    draft.publish(publisher)
    assert DRAFT_SENTENCE in client.get("/about/").text


@pytest.mark.django_db
def test_only_publishers_may_publish(seeded_site, publisher, editor):
    draft = make_draft_with_sentence(published_version("about"), publisher)

    assert draft.has_publish_permission(publisher)
    assert not draft.has_publish_permission(editor)
    assert draft.has_change_permission(editor)
