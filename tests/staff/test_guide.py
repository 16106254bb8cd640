"""The editors' guide in the admin (staff/guide.py): docs/editors.md, to signed-in staff only."""

import pytest
from django.urls import reverse

from pages.roles import EDITOR
from staff.guide import images_folder
from tests.accounts import staff_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(staff_member("an-editor", EDITOR))
    return client


def test_staff_read_the_guide_with_its_headings_and_pictures(editor_client):
    page = editor_client.get(reverse("staff_guide")).text

    assert "<h1>Editors&#x27; guide</h1>" in page or "<h1>Editors' guide</h1>" in page
    assert '<h2 id="who-can-do-what">Who can do what</h2>' in page
    assert 'href="#who-can-do-what"' in page
    assert 'src="/admin/guide/images/' in page
    assert "Checked by" not in page  # the test names are for developers


def test_the_guide_and_its_pictures_ask_anyone_signed_out_to_sign_in(client):
    picture = next(images_folder().glob("*.png")).name
    for url in (reverse("staff_guide"), reverse("staff_guide_image", args=[picture])):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_staff_get_the_guides_pictures_and_nothing_else(editor_client):
    picture = next(images_folder().glob("*.png"))

    served = editor_client.get(reverse("staff_guide_image", args=[picture.name]))

    assert served.status_code == 200 and served["Content-Type"] == "image/png"
    assert b"".join(served.streaming_content) == picture.read_bytes()
    for name in ("no-such-picture.png", "..", "editors.md", "%2e%2e%2feditors.md"):
        assert editor_client.get(reverse("staff_guide_image", args=[name])).status_code == 404
