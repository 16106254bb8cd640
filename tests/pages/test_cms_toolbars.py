"""The Page menu offers an Editor only what the page admin lets them do (pages/cms_toolbars.py),
and the page tree's menu likewise (pages/admin.py); a Publisher keeps every entry."""

import pytest
from cms.models import Page
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLISHER_NEEDED = "A Publisher changes a page's advanced settings and deletes pages."


@pytest.fixture
def about(seeded_site):
    return Page.objects.get(reverse_id="about")


def toolbar_of(client, user, path="/about/"):
    client.force_login(user)
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_an_editor_is_not_offered_advanced_settings_or_delete(about, editor, publisher, client):
    publisher.first_name, publisher.last_name = "Pat", "Publisher"
    publisher.save()

    html = toolbar_of(client, editor)

    assert reverse("admin:cms_page_advanced", args=[about.pk]) not in html
    assert reverse("admin:cms_page_delete", args=[about.pk]) not in html
    assert f"{PUBLISHER_NEEDED} Ask one of: Pat Publisher." in html
    # what the Editor may do stays
    assert "Page settings..." in html and "Create Page" in html


def test_a_publisher_keeps_the_whole_page_menu(about, publisher, client):
    html = toolbar_of(client, publisher)

    assert reverse("admin:cms_page_advanced", args=[about.pk]) in html
    assert reverse("admin:cms_page_delete", args=[about.pk]) in html
    assert PUBLISHER_NEEDED not in html


def test_the_page_tree_offers_set_as_home_only_to_a_publisher(about, editor, publisher, client):
    set_home = reverse("admin:cms_page_set_home", args=[about.pk])
    actions_menu = reverse("admin:cms_page_actions_menu", args=[about.pk])

    client.force_login(editor)
    assert set_home not in client.get(actions_menu).content.decode()
    assert client.post(set_home).status_code == 403

    client.force_login(publisher)
    assert set_home in client.get(actions_menu).content.decode()
