"""Forgotten passwords: a link on SITE_URL where email is sent, and plain words where not."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_of_staff():
    return get_user_model().objects.create_user(
        "an-editor", email="editor@example.gov.uk", password="a-long-test-password", is_staff=True
    )


def test_the_reset_link_is_on_site_url_whatever_host_asked(client, member_of_staff, settings):
    settings.SITE_URL = "https://www.example.gov.uk"

    response = client.post(
        reverse("admin_password_reset"), {"email": "editor@example.gov.uk"}, HTTP_HOST="localhost"
    )

    assert response.status_code == 302
    (email,) = mail.outbox
    assert "https://www.example.gov.uk/admin/reset/" in email.body
    assert "localhost" not in email.body


def test_the_sign_in_page_offers_the_reset(client):
    assert reverse("admin_password_reset") in client.get(reverse("admin:login")).text


def test_where_no_email_is_sent_the_page_says_to_ask_an_administrator(
    client, member_of_staff, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"

    asked = client.get(reverse("admin_password_reset"))
    posted = client.post(reverse("admin_password_reset"), {"email": "editor@example.gov.uk"})

    assert "Ask a Site administrator" in asked.text and "Ask a Site administrator" in posted.text
    assert mail.outbox == []


def test_after_a_reset_log_in_leads_to_the_admins_sign_in_page(client):
    complete = client.get(reverse("password_reset_complete"))

    assert f'href="{reverse("admin:login")}"' in complete.text
    assert "/accounts/login/" not in complete.text
