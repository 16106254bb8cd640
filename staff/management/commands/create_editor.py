"""Create a member of staff with one role: the first accounts on a new site.

With ``--email`` and email that really leaves the site (any ``EMAIL_BACKEND`` but the
dummy one), the account gets no password: an email to that address carries a
one-time link, on ``settings.SITE_URL``, to set one. Otherwise a password is
generated, checked against the site's password rules and printed once.

A username that is taken (in any letter case) is refused and nothing changes. The
account is staff and never a superuser; its role is its only group (``give_role``).
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from pages.roles import ROLES, give_role
from staff.passwords import email_is_sent, send_set_password_link


class Command(BaseCommand):
    help = (
        "Create a member of staff with one role (editor, publisher or administrator). "
        "With --email, and email set up, they are emailed a link to set their password; "
        "otherwise a password is generated and shown once."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=list(ROLES))
        parser.add_argument("--email", default="", help="Their email address.")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")

    @transaction.atomic
    def handle(self, *args, username, role, email, first_name, last_name, **options):
        users = get_user_model()
        try:
            users.username_validator(username)
            if email:
                validate_email(email)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        if users.objects.filter(username__iexact=username).exists():
            raise CommandError(
                f"An account called '{username}' already exists; nothing was changed. "
                "Change it in the admin, or choose another username."
            )

        user = users(
            username=username,
            email=users.objects.normalize_email(email),
            first_name=first_name,
            last_name=last_name,
            is_staff=True,
            is_active=True,
        )
        role_name = ROLES[role]
        if email and email_is_sent():
            user.set_unusable_password()
            user.save()
            give_role(user, role_name)
            self.email_link(user, role_name)
            self.stdout.write(
                f"Created '{username}' ({role_name}) and emailed {user.email} a link to set "
                "a password. No password was set."
            )
            return

        password = secrets.token_urlsafe(18)
        try:
            validate_password(password, user)
        except ValidationError as error:  # not expected of 24 random characters
            raise CommandError(" ".join(error.messages)) from error
        user.set_password(password)
        user.save()
        give_role(user, role_name)
        if email:
            self.stdout.write("Email is not set up here, so no link was sent.")
        self.stdout.write(
            f"Created '{username}' ({role_name}). The password is shown only this once:\n"
            f"  username: {username}\n"
            f"  password: {password}"
        )

    def email_link(self, user, role_name):
        """Send the set-password link (staff/passwords.py, as the admin sends it); if it cannot
        go, the account is not created."""
        try:
            send_set_password_link(user)
        except Exception as error:
            raise CommandError(
                f"The email to {user.email} could not be sent ({error}); "
                "the account was not created."
            ) from error
