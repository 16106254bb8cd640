"""Publishers put up alert banners; Editors cannot."""

import pytest

from pages.alerts.models import AlertBanner


@pytest.mark.django_db
def test_a_publisher_puts_up_a_banner_and_an_editor_cannot(client, publisher, editor):
    form = {
        "severity": "emergency",
        "title": "Flooding",
        "message": "Call 999 if you are in danger.",
        "link_url": "/contact/",
        "link_text": "Contact us",
        "starts_at_0": "01/12/2026",
        "starts_at_1": "12:00:00",
        "ends_at_0": "01/12/2026",
        "ends_at_1": "18:00:00",
    }
    client.force_login(editor)
    assert client.post("/admin/pages/alertbanner/add/", form).status_code == 403
    assert not AlertBanner.objects.exists()

    client.force_login(publisher)
    response = client.post("/admin/pages/alertbanner/add/", form)

    assert response.status_code == 302
    assert AlertBanner.objects.get().title == "Flooding"
