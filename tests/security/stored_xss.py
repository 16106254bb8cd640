"""Shared steps of the stored-XSS tests (test_stored_xss_*.py): put the corpus in through
the admin forms editors use, then read every page that shows it."""

from cms.models import PageContent
from cms.toolbar.utils import (
    get_object_edit_url,
    get_object_preview_url,
    get_object_structure_url,
)
from django.core.cache import cache
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

from tests.security import admin_forms
from tests.security.markup import assert_safe, shows


def published_version(reverse_id):
    contents = PageContent.admin_manager.filter(page__reverse_id=reverse_id, language="en")
    return Version.objects.get(
        object_id__in=contents.values("pk"), content_type__model="pagecontent", state=PUBLISHED
    )


def content_placeholder(version):
    return version.content.get_placeholders().get(slot="content")


def editing_urls(content):
    """The editor's own views of a draft: edit mode, structure mode and preview."""
    return [
        get_object_edit_url(content),
        get_object_structure_url(content),
        get_object_preview_url(content),
    ]


def publish(draft, publisher):
    Version.objects.get(pk=draft.pk).publish(publisher)
    cache.clear()


def saved(response):
    """An admin form was accepted (it redirects); if not, say what it complained about."""
    assert response.status_code == 302, admin_forms.errors_in(response)
    return response


def refused(response, field):
    """The admin form came back with an error on ``field``, and the re-shown form is safe."""
    assert response.status_code == 200, f"{field} was accepted: {response.status_code}"
    html = assert_safe(response)
    assert f"errors field-{field}" in html, f"no error shown beside {field}"
    return html


def read_all(client, urls, expected=()):
    """Every page is safe; ``expected`` values are each shown (escaped) on at least one."""
    pages = {url: assert_safe(client.get(url), where=url) for url in urls}
    for value in expected:
        assert any(shows(html, value) for html in pages.values()), f"{value!r} is not shown"
    return pages


def read_as_public(client, urls, expected=()):
    client.logout()
    return read_all(client, urls, expected)


def read_as_staff(client, user, urls, expected=()):
    client.force_login(user)
    return read_all(client, urls, expected)
