"""The local editor account: generated password, printed once, a Publisher."""

import io
import re

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory


def run(name, *args):
    out = io.StringIO()
    call_command(name, *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_the_local_editor_gets_a_generated_password_shown_once():
    first = run("create_local_editor")
    password = re.search(r"password: (\S+)", first)[1]

    assert len(password) >= 20
    # django-axes counts sign-ins per request, so authenticate() needs one, as a login view has.
    user = authenticate(
        RequestFactory().post("/admin/login/"), username="editor", password=password
    )
    assert user is not None and user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == ["Publisher"]

    second = run("create_local_editor")
    assert password not in second
    assert "manage.py changepassword editor" in second


@pytest.mark.django_db
def test_each_new_editor_account_gets_a_different_password():
    first = re.search(r"password: (\S+)", run("create_local_editor", "--username", "one"))[1]
    second = re.search(r"password: (\S+)", run("create_local_editor", "--username", "two"))[1]

    assert first != second
