"""Create the local editor account for trying the site out on this machine.

The account is a member of "Publisher" (it can edit and publish pages). Its
password is generated and printed once; it is never a fixed default. Run again
and it only says the account exists and how to reset the password.
"""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from pages.roles import PUBLISHER, ensure_roles


class Command(BaseCommand):
    help = "Create the local 'editor' account (Publisher) with a generated password, if missing."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")

    @transaction.atomic
    def handle(self, *args, username, **options):
        users = get_user_model()
        if users.objects.filter(username=username).exists():
            self.stdout.write(
                f"The editor account '{username}' already exists. To set a new password: "
                f".venv/bin/python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(18)
        user = users.objects.create_user(username=username, password=password, is_staff=True)
        user.groups.add(ensure_roles()[PUBLISHER])
        self.stdout.write(
            "Created the editor account (it is shown only this once):\n"
            f"  username: {username}\n"
            f"  password: {password}"
        )
