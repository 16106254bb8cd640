"""A Site administrator manages Editors and Publishers, and nothing more.

Each refusal is a hand-made POST, and each checks afterwards that nothing changed.
"""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse

from pages.roles import ADMINISTRATOR, EDITOR, PUBLISHER, role_of
from tests.accounts import staff_member

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def administrator():
    return staff_member("site-admin", ADMINISTRATOR, email="admin@example.gov.uk")


@pytest.fixture
def signed_in(client, administrator):
    client.force_login(administrator)
    return client


def change_url(user):
    return reverse("admin:auth_user_change", args=[user.pk])


def account(user, **changes):
    """The change form as the administrator fills it in."""
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on" if user.is_active else "",
        "role": role_of(user),
    }
    return {key: value for key, value in {**data, **changes}.items() if value is not None}


def what_it_is(user):
    user = User.objects.get(pk=user.pk)
    return (
        user.username,
        user.is_active,
        user.is_staff,
        user.is_superuser,
        role_of(user),
        sorted(user.user_permissions.values_list("codename", flat=True)),
        user.password,
    )


def test_an_administrator_adds_an_editor_who_is_emailed_a_set_password_link(signed_in, settings):
    settings.SITE_URL = "https://www.example.gov.uk"

    response = signed_in.post(
        reverse("admin:auth_user_add"),
        {
            "username": "new-editor",
            "first_name": "New",
            "last_name": "Editor",
            "email": "new.editor@example.gov.uk",
            "is_active": "on",
            "role": EDITOR,
        },
        HTTP_HOST="localhost",
    )

    assert response.status_code == 302
    created = User.objects.get(username="new-editor")
    assert (created.is_staff, created.is_superuser, role_of(created)) == (True, False, EDITOR)
    assert not created.has_usable_password()
    (email,) = mail.outbox
    assert email.to == ["new.editor@example.gov.uk"]
    assert "https://www.example.gov.uk/admin/reset/" in email.body
    assert "localhost" not in email.body


def test_posting_superuser_or_permissions_changes_nothing_of_them(signed_in):
    editor = staff_member("an-editor", EDITOR)
    before = what_it_is(editor)
    some = list(Permission.objects.values_list("pk", flat=True)[:3])

    signed_in.post(
        change_url(editor),
        account(editor, is_superuser="on", is_staff="", user_permissions=some, groups=[1]),
    )
    signed_in.post(
        reverse("admin:auth_user_add"),
        {
            "username": "sneaky",
            "email": "sneaky@example.gov.uk",
            "is_active": "on",
            "role": EDITOR,
            "is_superuser": "on",
            "user_permissions": some,
        },
    )

    assert what_it_is(editor) == before
    sneaky = User.objects.get(username="sneaky")
    assert not sneaky.is_superuser and sneaky.user_permissions.count() == 0


def test_an_administrator_cannot_make_an_administrator(signed_in):
    publisher = staff_member("a-publisher", PUBLISHER)
    before = what_it_is(publisher)

    response = signed_in.post(change_url(publisher), account(publisher, role=ADMINISTRATOR))
    added = signed_in.post(
        reverse("admin:auth_user_add"),
        {"username": "boss", "email": "boss@example.gov.uk", "role": ADMINISTRATOR},
    )

    assert response.status_code == 200 and added.status_code == 200  # the form says no
    assert what_it_is(publisher) == before
    assert not User.objects.filter(username="boss").exists()


def test_another_administrator_and_a_superuser_are_out_of_reach(signed_in):
    colleague = staff_member("other-admin", ADMINISTRATOR)
    root = User.objects.create_superuser("root", "root@example.gov.uk", "a-long-root-password")
    before = what_it_is(colleague), what_it_is(root)

    for user in (colleague, root):
        response = signed_in.post(
            change_url(user), account(user, role=EDITOR, is_active="", username="taken-over")
        )
        assert response.status_code == 403
        password = signed_in.post(
            reverse("admin:auth_user_password_change", args=[user.pk]),
            {"password1": "another-long-password-1", "password2": "another-long-password-1"},
        )
        assert password.status_code == 403

    assert (what_it_is(colleague), what_it_is(root)) == before


def test_no_account_can_be_deleted_by_an_administrator(signed_in):
    editor = staff_member("an-editor", EDITOR)

    one = signed_in.post(reverse("admin:auth_user_delete", args=[editor.pk]), {"post": "yes"})
    bulk = signed_in.post(
        reverse("admin:auth_user_changelist"),
        {"action": "delete_selected", "_selected_action": [editor.pk], "post": "yes"},
    )

    assert one.status_code == 403 and bulk.status_code in (200, 302)
    assert User.objects.filter(pk=editor.pk).exists()


def test_deactivating_an_editor_stops_them_signing_in(signed_in, client):
    editor = staff_member("an-editor", EDITOR)

    signed_in.post(change_url(editor), account(editor, is_active=""))

    editor.refresh_from_db()
    assert not editor.is_active and role_of(editor) == EDITOR
    signed_in.logout()
    client.post(
        reverse("admin:login"), {"username": "an-editor", "password": "a-long-test-password"}
    )
    assert client.get(reverse("admin:index")).status_code == 302  # still asked to sign in


def test_an_administrator_unlocks_an_account_the_throttle_locked(signed_in, settings):
    editor = staff_member("an-editor", EDITOR)
    AccessAttempt.objects.create(
        username="an-editor",
        ip_address="203.0.113.9",
        user_agent="test",
        failures_since_start=settings.AXES_FAILURE_LIMIT,
    )
    listed = signed_in.get(reverse("admin:auth_user_changelist")).content.decode()
    assert "an-editor" in listed

    signed_in.post(
        reverse("admin:auth_user_changelist"),
        {"action": "unlock_sign_in", "_selected_action": [editor.pk]},
    )

    assert not AccessAttempt.objects.filter(username="an-editor").exists()


def test_a_publisher_has_no_say_over_accounts(client):
    publisher = staff_member("a-publisher", PUBLISHER)
    editor = staff_member("an-editor", EDITOR)
    before = what_it_is(editor)
    client.force_login(publisher)

    listing = client.get(reverse("admin:auth_user_changelist"))
    client.post(change_url(editor), account(editor, role=PUBLISHER, is_active=""))

    assert listing.status_code == 403
    assert what_it_is(editor) == before
