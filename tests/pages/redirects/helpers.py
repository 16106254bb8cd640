"""What the redirect tests do to pages, as an editor does it (versions, the page tree admin)."""

from cms.models import Page, PageContent
from cms.utils.urlutils import admin_reverse
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version


def published_version(reverse_id):
    page = Page.objects.get(reverse_id=reverse_id)
    contents = PageContent.admin_manager.filter(page=page, language="en")
    return Version.objects.get(
        object_id__in=contents.values("pk"), content_type__model="pagecontent", state=PUBLISHED
    )


def publish_new_slug(reverse_id, slug, user):
    """Change a published page's slug in a new draft, and publish the draft."""
    draft = published_version(reverse_id).copy(user)
    draft.content.slug = slug
    draft.content.save()
    draft.publish(user)


def unpublish(reverse_id, user):
    published_version(reverse_id).unpublish(user)


def move_under(client, user, reverse_id, parent_reverse_id):
    """Drag a page under another in the page tree (django CMS's admin), as a Publisher."""
    page = Page.objects.get(reverse_id=reverse_id)
    parent = Page.objects.get(reverse_id=parent_reverse_id)
    client.force_login(user)
    response = client.post(
        admin_reverse("cms_page_move_page", args=[page.pk]), {"target": parent.pk, "position": 0}
    )
    client.logout()
    assert response.status_code == 200, response.content


def redirect_target(client, path, **extra):
    """The Location of the single redirect ``path`` answers with."""
    response = client.get(path, **extra)
    assert response.status_code == 301, (path, response.status_code)
    return response["Location"]
