"""``manage.py create_editor``: a member of staff with one role, never a superuser; a set-password
link by email on the canonical address when email is set up, else a password shown once; a
taken username refused with nothing changed."""

import io
import re
from unittest import mock

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import RequestFactory
from django.urls import resolve
from django.utils.http import urlsafe_base64_decode

from pages.roles import ROLES

pytestmark = pytest.mark.django_db

SITE_URL = "https://www.example.gov.uk"
DUMMY = "django.core.mail.backends.dummy.EmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def canonical_address(settings):
    settings.SITE_URL = SITE_URL


def run(*args):
    out = io.StringIO()
    call_command("create_editor", *args, stdout=out)
    return out.getvalue()


def signs_in(username, password):
    # django-axes counts sign-ins per request, so authenticate() needs one, as a login view has.
    return authenticate(
        RequestFactory().post("/admin/login/"), username=username, password=password
    )


def printed_password(output):
    return re.search(r"password: (\S+)", output)[1]


@pytest.mark.parametrize("role", sorted(ROLES))
def test_each_role_gets_exactly_its_group_and_staff_never_superuser(role):
    run("new-person", "--role", role, "--first-name", "Ada", "--last-name", "Lovelace")

    user = get_user_model().objects.get(username="new-person")
    assert list(user.groups.values_list("name", flat=True)) == [ROLES[role]]
    assert user.is_staff and user.is_active
    assert not user.is_superuser
    assert user.get_full_name() == "Ada Lovelace"


def test_the_printed_password_signs_in_and_is_never_shown_again():
    first = run("new-editor", "--role", "editor")
    password = printed_password(first)

    assert "shown only this once" in first
    assert signs_in("new-editor", password) is not None

    for taken in ("new-editor", "New-Editor"):
        with pytest.raises(CommandError, match="already exists; nothing was changed"):
            run(taken, "--role", "administrator", "--email", "someone@example.gov.uk")

    user = get_user_model().objects.get(username="new-editor")
    assert list(user.groups.values_list("name", flat=True)) == ["Editor"]
    assert user.email == ""
    assert signs_in("new-editor", password) is not None
    assert not get_user_model().objects.filter(username="New-Editor").exists()
    assert mail.outbox == []


def test_with_email_set_up_the_link_goes_to_their_address_and_no_password_is_set(settings):
    settings.EMAIL_BACKEND = LOCMEM

    output = run("new-publisher", "--role", "publisher", "--email", "pat@example.gov.uk")

    user = get_user_model().objects.get(username="new-publisher")
    assert not user.has_usable_password()
    assert "password:" not in output
    assert "emailed pat@example.gov.uk" in output
    (email,) = mail.outbox
    assert email.to == ["pat@example.gov.uk"]
    links = re.findall(r"\w+://\S+", email.body)
    assert links and all(url.startswith(f"{SITE_URL}/") for url in links), links
    link = links[0]  # the set-password link; the second is the sign-in page
    assert link not in output  # the link is as good as a password: only the email has it
    match = resolve(link.removeprefix(SITE_URL))
    assert match.url_name == "password_reset_confirm"
    assert urlsafe_base64_decode(match.kwargs["uidb64"]).decode() == str(user.pk)
    assert default_token_generator.check_token(user, match.kwargs["token"])


def test_without_email_set_up_a_password_is_printed_instead(settings):
    settings.EMAIL_BACKEND = DUMMY

    output = run("new-admin", "--role", "administrator", "--email", "sam@example.gov.uk")

    assert "no link was sent" in output
    assert signs_in("new-admin", printed_password(output)) is not None
    assert get_user_model().objects.get(username="new-admin").email == "sam@example.gov.uk"


def test_an_email_that_cannot_be_sent_leaves_no_account(settings):
    settings.EMAIL_BACKEND = LOCMEM
    broken = mock.patch(
        "staff.management.commands.create_editor.send_set_password_link",
        side_effect=ConnectionRefusedError,
    )

    with broken, pytest.raises(CommandError, match="the account was not created"):
        run("new-editor", "--role", "editor", "--email", "pat@example.gov.uk")

    assert not get_user_model().objects.filter(username="new-editor").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("new-editor", "--role", "owner"),
        ("new-editor",),
        ("new-editor", "--role", "editor", "--email", "not-an-address"),
        ("new editor!", "--role", "editor"),
    ],
)
def test_nonsense_is_refused_and_creates_nothing(args):
    with pytest.raises(CommandError):
        run(*args)

    assert not get_user_model().objects.filter(username__startswith="new").exists()
